import { inst, organiser, trainer, withGrant, type PersonSeed } from './seed-types';

const ncmm = (branch: string) => inst(branch, 'ncmm-nigeria.example', 'ncmm');
const gmmb = (branch: string) => inst(branch, 'ghanamuseums.example', 'gmmb');
const ysma = inst('Yemisi Shyllon Museum of Art', 'ysma-pau.example', 'ysma');
const pau = inst('Pan-Atlantic University', 'pau-lagos.example', 'pau');
const slMuseum = inst('Sierra Leone National Museum', 'slnationalmuseum.example');
const mcn = inst('Musée des Civilisations noires', 'mcn-dakar.example', 'mcn');
const mcci = inst("Musée des Civilisations de Côte d'Ivoire", 'mcci.example');
const mnCameroun = inst('Musée national du Cameroun', 'museenational-cm.example');

/** Nigeria, Ghana, Sierra Leone, Cameroon, Rwanda (Lagos 2022); Senegal, Côte d'Ivoire, Cameroon, Benin (Marrakesh 2019). */
export const WEST_CENTRAL_AFRICA: PersonSeed[] = [
  { key: 'adeola', given: 'Adeola', family: 'Balogun', country: 'NG', gender: 'f', at: ysma, position: 'Head of Collections', tags: ['speaker'], e: { lagos: organiser() } },
  { key: 'emeka', given: 'Chukwuemeka', family: 'Nwosu', country: 'NG', gender: 'm', at: pau, position: 'Senior Lecturer, School of Media and Communication', e: { lagos: organiser() } },
  {
    key: 'folasade', given: 'Folasade', family: 'Ogunleye', country: 'NG', gender: 'f', at: inst('University of Lagos', 'unilag.example'),
    position: 'Senior Lecturer in Museum Studies', tags: ['speaker'], e: { lagos: trainer(), cimam: trainer('confirmed') },
  },
  { given: 'Oluwaseun', family: 'Adeyemi', country: 'NG', gender: 'm', at: ncmm('National Museum, Lagos'), position: 'Curator', e: { lagos: 'attended' } },
  { given: 'Chiamaka', family: 'Okeke', country: 'NG', gender: 'f', at: ncmm('National Museum, Enugu'), position: 'Education officer', e: { lagos: 'attended', cimam: 'applied' } },
  { given: 'Aisha', family: 'Bello', country: 'NG', gender: 'f', at: ncmm('National Museum, Kano'), position: 'Registrar', needs: { diet: 'Halal' }, e: { lagos: 'attended' } },
  { given: 'Ibrahim', family: 'Abubakar', country: 'NG', gender: 'm', at: inst('Arewa House, Ahmadu Bello University', 'arewahouse.example'), position: 'Archivist', e: { lagos: 'attended' } },
  { given: 'Ngozi', family: 'Eze', country: 'NG', gender: 'f', at: ncmm('National Museum, Benin City'), position: 'Conservator', e: { lagos: 'attended' } },
  {
    given: 'Babatunde', family: 'Bakare', country: 'NG', gender: 'm', at: inst('Lagos State Council for Arts and Culture', 'lagosarts.example'),
    position: 'Programme officer', e: { lagos: withGrant('attended', 'none', 'Lives in Lagos: no travel or hotel needed.') },
  },
  { given: 'Blessing', family: 'Okon', country: 'NG', gender: 'f', at: ncmm('National Museum, Calabar'), position: 'Collections manager', e: { lagos: 'attended' } },
  { given: 'Kehinde', family: 'Alabi', country: 'NG', gender: 'm', at: ysma, position: 'Assistant curator', e: { lagos: withGrant('attended', 'none', 'Host museum staff.') } },
  { given: 'Uchenna', family: 'Obi', country: 'NG', gender: 'm', at: inst('Kaduna Arts Collective', 'kadunaarts.example'), position: 'Gallery manager', e: { lagos: 'rejected' } },
  { given: 'Kwame', family: 'Mensah', country: 'GH', gender: 'm', at: gmmb('National Museum of Ghana, Accra'), position: 'Curator', e: { lagos: 'attended' } },
  { given: 'Akosua', family: 'Boateng', country: 'GH', gender: 'f', at: inst('Manhyia Palace Museum', 'manhyiamuseum.example'), position: 'Museum educator', e: { lagos: 'attended', cimam: 'shortlisted' } },
  { given: 'Kofi', family: 'Asante', country: 'GH', gender: 'm', at: gmmb('Cape Coast Castle Museum'), position: 'Conservator', e: { lagos: 'attended' } },
  { given: 'Ama', family: 'Owusu-Ansah', country: 'GH', gender: 'f', at: inst('Institute of African Studies, University of Ghana', 'ias-ug.example'), position: 'Research fellow', e: { lagos: 'attended' } },
  { given: 'Yaw', family: 'Darko', country: 'GH', gender: 'm', at: gmmb('Ghana Museums and Monuments Board'), position: 'Registrar', e: { lagos: 'rejected' } },
  { given: 'Fatmata', family: 'Kamara', country: 'SL', gender: 'f', at: slMuseum, position: 'Assistant curator', needs: { diet: 'Vegetarian' }, e: { lagos: 'attended' } },
  {
    given: 'Mohamed', family: 'Sesay', country: 'SL', gender: 'm', at: slMuseum, position: 'Education officer',
    e: { lagos: { status: 'no-show', note: 'Flight from Freetown cancelled; could not be rebooked in time.' } },
  },
  {
    given: 'Ernestine', family: 'Fonkem', country: 'CM', gender: 'f', at: mnCameroun, position: 'Collections manager', langs: ['en', 'fr'],
    needs: { visaLetter: true }, e: { lagos: 'attended' },
  },
  {
    given: 'Joseph', family: 'Tabe Ebai', country: 'CM', gender: 'm', at: inst('Mankon Museum, Bamenda', 'mankonmuseum.example'), position: 'Curator',
    langs: ['en', 'fr'], needs: { visaLetter: true }, e: { lagos: 'attended' },
  },
  {
    given: 'Jean de Dieu', family: 'Habimana', country: 'RW', gender: 'm', at: inst('Rwanda Cultural Heritage Academy', 'rwandaheritage.example'),
    position: 'Collections officer', needs: { visaLetter: true }, e: { lagos: 'attended' },
  },
  { given: 'Aminata', family: 'Diop', country: 'SN', gender: 'f', at: mcn, position: 'Conservatrice', e: { marrakesh: 'attended', webinar: 'confirmed' } },
  {
    given: 'Mamadou', family: 'Ndiaye', country: 'SN', gender: 'm', at: inst("IFAN – Musée Théodore Monod d'Art africain", 'ifan-dakar.example'),
    position: 'Chargé des collections', e: { marrakesh: 'attended' },
  },
  {
    given: 'Fatou', family: 'Sow', country: 'SN', gender: 'f', at: mcn, position: 'Responsable des publics',
    e: { marrakesh: { status: 'withdrawn', note: "Retenue à Dakar par le montage d'une exposition." }, webinar: 'applied' },
  },
  { given: 'Cheikh', family: 'Fall', country: 'SN', gender: 'm', at: inst('Maison des Esclaves, Gorée', 'goree.example'), position: 'Guide-conférencier', e: { marrakesh: 'rejected' } },
  { given: 'Adjoua', family: 'Konan', country: 'CI', gender: 'f', at: mcci, position: 'Conservatrice', e: { marrakesh: 'attended' } },
  { given: 'Kouamé', family: 'N’Guessan', country: 'CI', gender: 'm', at: mcci, position: 'Régisseur des collections', e: { marrakesh: 'attended' } },
  {
    given: 'Marie-Laure', family: 'Koffi', country: 'CI', gender: 'f', at: inst('Musée Charles Combes, Bingerville', 'museecombes.example'),
    position: 'Médiatrice culturelle', e: { marrakesh: 'attended', webinar: 'confirmed' },
  },
  { given: 'Jean-Paul', family: 'Mbarga', country: 'CM', gender: 'm', at: mnCameroun, position: 'Conservateur', needs: { visaLetter: true }, e: { marrakesh: 'attended' } },
  {
    given: 'Estelle', family: 'Ngo Bassa', country: 'CM', gender: 'f', at: mnCameroun, position: 'Documentaliste', needs: { visaLetter: true },
    e: { marrakesh: { status: 'no-show', note: "Visa délivré le lendemain de l'ouverture." } },
  },
  { given: 'Rodrigue', family: 'Houngbédji', country: 'BJ', gender: 'm', at: inst("Musée historique d'Abomey", 'museeabomey.example'), position: 'Guide-conférencier', e: { marrakesh: 'attended' } },
];
