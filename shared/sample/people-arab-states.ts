import { inst, organiser, trainer, withGrant, type PersonSeed } from './seed-types';

const fnm = (branch: string) => inst(branch, 'fnm-maroc.example', 'fnm');
const qm = (branch: string) => inst(branch, 'qm-qatar.example', 'qm');
const jordanMuseum = inst('The Jordan Museum', 'jordanmuseum.example');

/** The Maghreb (Marrakesh 2019), the Levant, the Gulf, Iraq, Sudan and Yemen (Doha 2018), and a few others. */
export const ARAB_STATES: PersonSeed[] = [
  {
    given: 'فاطمة', family: 'الزهراء', latin: 'fatima.alzahraa', country: 'MA', gender: 'f', at: fnm('Musée Dar Si Saïd, Marrakech'),
    position: 'Responsable des collections', e: { marrakesh: 'attended' },
  },
  { given: 'Youssef', family: 'El Amrani', country: 'MA', gender: 'm', at: fnm('Fondation nationale des musées'), position: 'Chef de projets', e: { marrakesh: organiser() } },
  {
    given: 'Salma', family: 'Benjelloun', country: 'MA', gender: 'f', at: fnm("Musée Mohammed VI d'art moderne et contemporain, Rabat"),
    position: "Commissaire d'exposition", e: { marrakesh: 'attended', cimam: 'accepted' },
  },
  { given: 'Karim', family: 'Tazi', country: 'MA', gender: 'm', at: fnm('Musée Batha, Fès'), position: 'Conservateur', e: { marrakesh: 'attended' } },
  {
    key: 'hicham', given: 'Hicham', family: 'Bennani', country: 'MA', gender: 'm', at: inst("Institut national des sciences de l'archéologie et du patrimoine", 'insap.example'),
    position: 'Professeur', tags: ['speaker'], e: { marrakesh: trainer() },
  },
  { given: 'Amira', family: 'Ben Salah', country: 'TN', gender: 'f', at: inst('Musée national du Bardo', 'bardo-tn.example'), position: 'Conservatrice', e: { marrakesh: 'attended', webinar: 'confirmed' } },
  { given: 'Mehdi', family: 'Trabelsi', country: 'TN', gender: 'm', at: inst('Institut national du patrimoine', 'inp-tn.example'), position: 'Architecte du patrimoine', e: { marrakesh: 'attended' } },
  { given: 'Leïla', family: 'Gharbi', country: 'TN', gender: 'f', at: inst('Musée archéologique de Sousse', 'musee-sousse.example'), position: 'Régisseuse', e: { marrakesh: 'attended' } },
  { given: 'Nassima', family: 'Benali', country: 'DZ', gender: 'f', at: inst('Musée public national du Bardo, Alger', 'bardo-alger.example'), position: 'Conservatrice', e: { marrakesh: 'attended' } },
  { given: 'Yacine', family: 'Belkacem', country: 'DZ', gender: 'm', at: inst("Musée national des beaux-arts d'Alger", 'mnba-alger.example'), position: 'Chargé des collections', e: { marrakesh: 'attended' } },
  { given: 'Amel', family: 'Mansouri', country: 'DZ', gender: 'f', at: inst('Musée national Cirta, Constantine', 'musee-cirta.example'), position: 'Restauratrice', e: { marrakesh: 'attended' } },
  { given: 'منى', family: 'عبد الرحمن', latin: 'mona.abdelrahman', country: 'EG', gender: 'f', at: inst('Egyptian Museum, Cairo', 'egyptianmuseum.example'), position: 'أمينة متحف', e: { webinar: 'applied' } },
  { given: 'Ahmed', family: 'Hassan', country: 'EG', gender: 'm', at: inst('Grand Egyptian Museum', 'gem-eg.example'), position: 'Conservator', notes: 'Met at the ICOM General Conference; no programme yet.' },
  { given: 'Nourhan', family: 'Mostafa', country: 'EG', gender: 'f', at: inst('National Museum of Egyptian Civilization', 'nmec.example'), position: 'Education officer', e: { webinar: 'applied' } },
  {
    key: 'georges', given: 'Georges', family: 'Haddad', country: 'LB', gender: 'm', at: inst('Université Saint-Joseph de Beyrouth', 'usj-lb.example'),
    position: 'Enseignant en muséologie', tags: ['speaker'], e: { doha: trainer() },
  },
  { given: 'Rania', family: 'Khoury', country: 'LB', gender: 'f', at: inst('Sursock Museum', 'sursock.example'), position: 'Curator', e: { doha: 'attended', cimam: withGrant('accepted', 'accepted') } },
  { given: 'Maya', family: 'Saadé', country: 'LB', gender: 'f', at: inst('National Museum of Beirut', 'nmb-lb.example'), position: 'Conservatrice', e: { doha: 'attended', webinar: 'confirmed' } },
  { given: 'Nabil', family: 'Khalaf', country: 'LB', gender: 'm', at: inst('Beit Beirut', 'beitbeirut.example'), position: 'Guide', e: { doha: 'rejected' } },
  { given: 'Lina', family: 'Haddadin', country: 'JO', gender: 'f', at: jordanMuseum, position: 'Collections manager', e: { doha: 'attended' } },
  { given: 'عمر', family: 'الخطيب', latin: 'omar.alkhatib', country: 'JO', gender: 'm', at: jordanMuseum, position: 'مسؤول التعليم', e: { doha: 'attended' } },
  { given: 'Dana', family: 'Majali', country: 'JO', gender: 'f', at: inst('Darat al Funun', 'daratalfunun.example'), position: 'Assistant curator', e: { doha: 'withdrawn' } },
  { key: 'maryam', given: 'مريم', family: 'الكواري', latin: 'maryam.alkuwari', country: 'QA', gender: 'f', at: qm('Qatar Museums'), position: 'Capacity building manager', e: { doha: organiser() } },
  { given: 'Aisha', family: 'Al-Sada', country: 'QA', gender: 'f', at: qm('Museum of Islamic Art'), position: 'Registrar', e: { doha: 'attended' } },
  { given: 'Hamad', family: 'Al-Sulaiti', country: 'QA', gender: 'm', at: qm('Mathaf: Arab Museum of Modern Art'), position: 'Curator', e: { doha: 'attended', cimam: 'applied' } },
  { given: 'Salim', family: 'Al-Harthy', country: 'OM', gender: 'm', at: inst('National Museum of Oman', 'nm-oman.example'), position: 'Conservator', e: { doha: 'attended' } },
  { given: 'Muna', family: 'Al-Balushi', country: 'OM', gender: 'f', at: inst('Bait Al Zubair Museum', 'baitalzubair.example'), position: 'Education officer', e: { doha: 'attended' } },
  { given: 'Dalal', family: 'Al-Mutairi', country: 'KW', gender: 'f', at: inst('Kuwait National Museum', 'knm-kw.example'), position: 'Curator', e: { doha: 'attended' } },
  { given: 'Yousef', family: 'Al-Rashed', country: 'KW', gender: 'm', at: inst('Dar al-Athar al-Islamiyyah', 'darmuseum.example'), position: 'Registrar', e: { doha: 'attended' } },
  {
    given: 'زينب', family: 'الربيعي', latin: 'zainab.alrubaie', country: 'IQ', gender: 'f', at: inst('The Iraq Museum', 'iraqmuseum.example'), position: 'Conservator',
    needs: { visaLetter: true }, e: { doha: 'attended' },
  },
  { given: 'Mustafa', family: 'Al-Jubouri', country: 'IQ', gender: 'm', at: inst('Mosul Cultural Museum', 'mosulmuseum.example'), position: 'Conservator', needs: { visaLetter: true }, e: { doha: 'attended' } },
  { given: 'Rami', family: 'Awad', country: 'PS', gender: 'm', at: inst('The Palestinian Museum', 'palmuseum.example'), position: 'Archivist', needs: { visaLetter: true }, e: { doha: 'attended' } },
  { given: 'Hiba', family: 'Osman', country: 'SD', gender: 'f', at: inst('Sudan National Museum', 'sudanmuseum.example'), position: 'Curator', needs: { visaLetter: true }, e: { doha: 'attended' } },
  { given: 'Lama', family: 'Haidar', country: 'SY', gender: 'f', at: inst('National Museum of Damascus', 'nmdamascus.example'), position: 'Curator', needs: { visaLetter: true }, e: { doha: 'attended' } },
  { given: 'Abdulrahman', family: 'Bamatraf', country: 'YE', gender: 'm', at: inst('Seiyun Museum', 'seiyunmuseum.example'), position: 'Curator', needs: { visaLetter: true }, e: { doha: 'attended' } },
  {
    given: 'Tariq', family: 'Al-Saadi', country: 'YE', gender: 'm', at: inst('National Museum of Yemen', 'nmyemen.example'), position: 'Registrar', needs: { visaLetter: true },
    e: { doha: { status: 'no-show', note: 'Could not leave Sana’a: flights suspended that week.' } },
  },
  { given: 'Reem', family: 'Al-Otaibi', country: 'SA', gender: 'f', at: inst('Ithra – King Abdulaziz Center for World Culture', 'ithra.example'), position: 'Curator', e: { cimam: 'applied' } },
  {
    given: 'Khalid', family: 'Al-Suwaidi', country: 'AE', gender: 'm', at: inst('Sharjah Museums Authority', 'sharjahmuseums.example'), position: 'Exhibitions officer',
    e: { cimam: withGrant('shortlisted', 'none', 'Travel paid by his museum.') },
  },
];
