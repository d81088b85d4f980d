import { inst, organiser, trainer, withGrant, type PersonSeed } from './seed-types';

const icom = inst('ICOM General Secretariat', 'icom-secretariat.example', 'icom');
const icomFrance = inst('ICOM France', 'icom-france.example', 'icomFrance');
const cimam = inst('CIMAM', 'cimam-office.example', 'cimam');

/** The ICOM secretariat, ICOM France and the webinar partners, the 2023 member events, and CIMAM. */
export const EUROPE: PersonSeed[] = [
  {
    key: 'camille', given: 'Camille', family: 'Dubois', country: 'FR', gender: 'f', at: icom, position: 'Chargée de programmes de formation', langs: ['fr', 'en', 'es'],
    e: { doha: organiser(), marrakesh: organiser(), capeTown: organiser(), lagos: organiser() },
  },
  {
    key: 'julien', given: 'Julien', family: 'Roux', country: 'FR', gender: 'm', at: icom, position: 'Programme coordinator', langs: ['fr', 'en', 'es'],
    e: { cali: organiser(), lagos: organiser() },
  },
  {
    key: 'anneSophie', given: 'Anne-Sophie', family: 'Moreau', country: 'FR', gender: 'f', at: inst('Institut national du patrimoine', 'inp-fr.example'),
    position: 'Conservatrice-restauratrice', tags: ['speaker'], e: { doha: trainer(), marrakesh: trainer(), capeTown: trainer() },
  },
  { key: 'claire', given: 'Claire', family: 'Le Goff', country: 'FR', gender: 'f', at: icomFrance, position: 'Chargée de mission', e: { webinar: organiser('confirmed') } },
  {
    key: 'mathieu', given: 'Mathieu', family: 'Lefèvre', country: 'FR', gender: 'm', at: inst('Musée des Arts et Métiers', 'arts-et-metiers.example'),
    position: 'Conservateur', tags: ['board'], committee: 'ICOM France', e: { webinar: organiser('confirmed') },
  },
  { given: 'Élodie', family: 'Garnier', country: 'FR', gender: 'f', at: inst('Musée du quai Branly – Jacques Chirac', 'quaibranly.example'), position: 'Chargée des publics', e: { webinar: 'confirmed' } },
  { given: 'Bérénice', family: 'de Lestrade', country: 'FR', gender: 'f', at: inst('Mucem', 'mucem.example'), position: 'Conservatrice du patrimoine', e: { webinar: 'confirmed' } },
  { given: 'Sophie', family: 'Bernard', country: 'FR', gender: 'f', at: inst('Musée des Confluences', 'confluences.example'), position: 'Responsable de la médiation', e: { webinar: 'confirmed' } },
  { given: 'Thomas', family: 'Girard', country: 'FR', gender: 'm', at: inst('Muséum de Toulouse', 'museum-toulouse.example'), position: 'Médiateur scientifique', e: { webinar: 'applied' } },
  { given: 'Marie', family: 'Nguyen', country: 'FR', gender: 'f', at: inst('Musée national des arts asiatiques – Guimet', 'guimet.example'), position: 'Documentaliste', e: { webinar: 'confirmed' } },
  {
    given: 'Yasmine', family: 'Bensaïd', country: 'FR', gender: 'f', at: inst('Institut du monde arabe', 'imarabe.example'), position: 'Chargée de projets culturels',
    langs: ['fr', 'ar', 'en'], e: { webinar: 'confirmed' },
  },
  {
    key: 'athina', given: 'Αθηνά', family: 'Παπαδοπούλου', latin: 'athina.papadopoulou', country: 'GR', gender: 'f', at: inst('Μουσείο Μπενάκη', 'benaki.example'),
    position: 'Επιμελήτρια', langs: ['el', 'en', 'fr'], tags: ['board', 'speaker'], committee: 'ICOM Greece', e: { webinar: trainer('confirmed') },
  },
  {
    given: 'Γιώργος', family: 'Νικολάου', latin: 'giorgos.nikolaou', country: 'GR', gender: 'm', at: inst('Εθνικό Αρχαιολογικό Μουσείο', 'namuseum.example'),
    position: 'Αρχαιολόγος', e: { webinar: 'confirmed' },
  },
  { given: 'Eleni', family: 'Georgiou', country: 'GR', gender: 'f', at: inst('Museum of Cycladic Art', 'cycladic.example'), position: 'Education officer', e: { webinar: 'applied' } },
  {
    key: 'aino', given: 'Aino', family: 'Virtanen', country: 'FI', gender: 'f', at: inst('Museovirasto', 'museovirasto.example'), position: 'Intendentti',
    tags: ['board', 'speaker'], committee: 'ICOM Finland', e: { webinar: trainer('confirmed') },
  },
  { given: 'Mikko', family: 'Korhonen', country: 'FI', gender: 'm', at: inst('Helsingin kaupunginmuseo', 'hkm.example'), position: 'Museolehtori', e: { webinar: 'confirmed', rakvere: 'attended' } },
  { given: 'Päivi', family: 'Mäkelä', country: 'FI', gender: 'f', at: inst('Museokeskus Vapriikki', 'vapriikki.example'), position: 'Amanuenssi', e: { webinar: 'confirmed' } },
  {
    key: 'noa', given: 'נועה', family: 'לוי', latin: 'noa.levi', country: 'IL', gender: 'f', at: inst('ICOM Israel', 'icom-israel.example', 'icomIsrael'), position: 'אוצרת',
    langs: ['he', 'en', 'fr'], tags: ['board', 'speaker'], committee: 'ICOM Israel', e: { webinar: trainer('confirmed') },
  },
  { given: 'Yael', family: 'Cohen', country: 'IL', gender: 'f', at: inst('The Israel Museum, Jerusalem', 'imj.example'), position: 'Registrar', e: { webinar: 'confirmed' } },
  {
    key: 'katarzyna', given: 'Katarzyna', family: 'Wiśniewska', country: 'PL', gender: 'f', at: inst('Centrum Nauki Kopernik', 'kopernik.example'), position: 'Kuratorka',
    langs: ['pl', 'en', 'fr'], tags: ['board', 'speaker'], committee: 'CIMUSET', e: { webinar: trainer('confirmed') },
  },
  { key: 'nuria', given: 'Núria', family: 'Puig i Ferrer', country: 'ES', gender: 'f', at: cimam, position: 'Programme manager', langs: ['ca', 'es', 'en', 'fr'], e: { cimam: organiser('confirmed') } },
  { key: 'jordi', given: 'Jordi', family: 'Casals', country: 'ES', gender: 'm', at: cimam, position: 'Travel grants coordinator', langs: ['ca', 'es', 'en'], e: { cimam: organiser('confirmed') } },
  {
    given: 'Carmen', family: 'Ruiz de Alda', country: 'ES', gender: 'f', at: inst('Museo Nacional Centro de Arte Reina Sofía', 'museoreinasofia.example'), position: 'Conservadora',
    e: { webinar: 'applied', cimam: 'applied' },
  },
  { given: 'Maja', family: 'Novak', country: 'SI', gender: 'f', at: inst('Pokrajinski muzej Koper', 'pmk-kp.example', 'pmk'), position: 'Kustosinja', e: { koper: organiser() } },
  { given: 'Urška', family: 'Kovač', country: 'SI', gender: 'f', at: inst('Narodni muzej Slovenije', 'nms.example'), position: 'Konservatorka', e: { koper: 'attended', rakvere: 'attended' } },
  { given: 'Tomaž', family: 'Zupan', country: 'SI', gender: 'm', at: inst('Muzej novejše zgodovine Slovenije', 'muzej-nz.example'), position: 'Kustos', e: { koper: 'attended' } },
  { given: 'Tiina', family: 'Tamm', country: 'EE', gender: 'f', at: inst('Virumaa Muuseumid', 'virumaamuuseumid.example', 'virumaa'), position: 'Kuraator', e: { rakvere: organiser() } },
  { given: 'Kristjan', family: 'Saar', country: 'EE', gender: 'm', at: inst('Eesti Rahva Muuseum', 'erm.example'), position: 'Kogude juht', e: { koper: 'attended', rakvere: 'attended' } },
  { given: 'Liis', family: 'Mägi', country: 'EE', gender: 'f', at: inst('Kumu kunstimuuseum', 'kumu.example'), position: 'Kuraator', e: { rakvere: 'attended', cimam: 'applied' } },
  { given: 'Giulia', family: 'Bianchi', country: 'IT', gender: 'f', at: inst('Civico Museo Sartorio, Trieste', 'museitrieste.example'), position: 'Conservatrice', e: { koper: 'attended' } },
  { given: 'Ivana', family: 'Horvat', country: 'HR', gender: 'f', at: inst('Muzej grada Rijeke', 'muzej-rijeka.example'), position: 'Kustosica', e: { koper: 'attended' } },
  { given: 'Anna', family: 'Bērziņa', country: 'LV', gender: 'f', at: inst('Latvijas Nacionālais mākslas muzejs', 'lnmm.example'), position: 'Kuratore', e: { rakvere: 'attended' } },
  { given: 'Jürgen', family: 'Weiß', country: 'DE', gender: 'm', at: inst('Deutsches Museum', 'deutsches-museum.example'), position: 'Kurator', e: { webinar: 'applied' } },
  { given: 'Sanne', family: 'de Vries', country: 'NL', gender: 'f', at: inst('Stedelijk Museum Amsterdam', 'stedelijk.example'), position: 'Curator', e: { cimam: withGrant('accepted', 'none') } },
  { given: 'Inês', family: 'Carvalho', country: 'PT', gender: 'f', at: inst('Museu Nacional de Arte Antiga', 'mnaa.example'), position: 'Conservadora', e: { webinar: 'applied' } },
  { given: 'Åsa', family: 'Lindqvist', country: 'SE', gender: 'f', at: inst('Moderna Museet', 'modernamuseet.example'), position: 'Intendent', e: { cimam: 'waitlisted' } },
  { given: 'Siobhán', family: 'Ní Bhriain', country: 'IE', gender: 'f', at: inst('Irish Museum of Modern Art', 'imma.example'), position: 'Curator', e: { cimam: 'waitlisted' } },
  { given: 'Lotte', family: 'Van den Bossche', country: 'BE', gender: 'f', at: inst('M HKA', 'muhka.example'), position: 'Curator', e: { cimam: 'applied' } },
];
