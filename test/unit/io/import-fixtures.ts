import type { Sheet } from '../../../shared/io/sheet-types';

/**
 * Participant lists as partners send them, in the shape the parser gives
 * (rows of cells, merged ranges): a French list under a merged title, a Spanish
 * one, an English one with a one-cell title, a two-row header with merges and
 * the same without (CSV).
 */

export const lagosFrench: Sheet = {
  name: 'Participants',
  rows: [
    ['Liste des participants — Atelier de Lagos 2022', null, null, null, null, null, null, null],
    [],
    ['N°', 'Nom', 'Prénom', 'Courriel', 'Pays', 'Institution', 'Fonction', 'Téléphone'],
    [1, 'ADEYEMI', 'Folake', 'folake.adeyemi@museum.example.ng', 'Nigéria', 'National Museum Lagos', 'Conservatrice', 2348030000000],
    [2, 'Diallo', 'Aminata', 'a.diallo@musee.example.sn', 'Sénégal', 'Musée des civilisations noires', 'Directrice', '+221 77 000 00 00'],
    [3, 'Kouassi', 'Jean-Marc', 'JM.Kouassi@Example.ci; jm.kouassi@example.ci', "Cote d'Ivoire", 'Musée des civilisations', 'Chargé des collections', '0022507000000'],
    [null, '', '  ', null],
    [4, 'Mensah', 'Kwame', 'kwame.mensah@gmail', 'Ghana', 'Manhyia Palace Museum', 'Guide', '+233 20 000 0000'],
    [5, 'Ouédraogo', 'Awa', 'awa.ouedraogo@example.bf', 'Burkina Fasso', 'Musée national', 'Médiatrice', '+226 70 00 00 00'],
    [],
    [],
  ],
  merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 7 } }],
};

export const bogotaSpanish: Sheet = {
  name: 'Hoja1',
  rows: [
    ['Nombre(s)', 'Apellidos', 'Correo electrónico', 'País', 'Institución', 'Cargo', 'Teléfono', 'Fecha de solicitud', 'Estado'],
    ['María José', 'García López', 'mjgarcia@museo.example.co', 'Colombia', 'Museo del Oro', 'Curadora', '+57 300 000 0000', '21/11/2022', 'Aceptada'],
    ['Juan Pablo', 'Pérez de la Cruz', 'jp.perez@museo.example.mx', 'México', 'Museo Nacional de Antropología', 'Conservador', '55 0000 0000', '3 de noviembre de 2022', 'Lista de espera'],
    ['Lucía', 'Fernández', 'lucia@museo.example.pe', 'Perú', 'Museo de Arte de Lima', 'Registradora', '', '4/11/2022', 'Preseleccionada'],
  ],
};

export const englishWithTitle: Sheet = {
  name: 'Sheet1',
  rows: [
    ['Regional training — participants (draft)'],
    ['Full name', 'Email', 'Country', 'Organisation', 'Job title', 'Mobile', 'Visa letter', 'Gender'],
    ['Nguyễn Văn An', 'an.nguyen@museum.example.vn', 'Viet Nam', 'Vietnam National Museum of History', 'Curator', '+84 90 000 0000', 'yes', 'M'],
    ['Αθηνά Παπαδοπούλου', 'athina@museum.example.gr', 'Greece', 'Benaki Museum', 'Educator', '+30 210 000 0000', 'no', 'F'],
    ['Jean-Marc Le Goff', 'jmlegoff@musee.example.fr', 'France', 'Musée de Bretagne', 'Registrar', '0033 2 00 00 00 00', 'x', 'M'],
  ],
};

/** "Name" merged over "First | Last", "Contact" over "Email | Phone", "Country" merged down two rows. */
export const twoRowHeader: Sheet = {
  name: 'List',
  rows: [
    ['Name', null, 'Contact', null, 'Country'],
    ['First', 'Last', 'Email', 'Phone', null],
    ['Folake', 'Adeyemi', 'folake@museum.example.ng', '+234 803 000 0000', 'Nigeria'],
    ['Kofi', 'Boateng', 'kofi@museum.example.gh', '+233 20 000 0000', 'Ghana'],
  ],
  merges: [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 1 } },
    { s: { r: 0, c: 2 }, e: { r: 0, c: 3 } },
    { s: { r: 0, c: 4 }, e: { r: 1, c: 4 } },
  ],
};

/** The same header saved as CSV: the merges are gone, the upper labels stand over their first column. */
export const twoRowHeaderCsv: Sheet = {
  name: 'list.csv',
  rows: [
    ['Nom', '', 'Courriel', 'Pays'],
    ['Prénom', 'Nom', '', ''],
    ['Aminata', 'Diallo', 'a.diallo@musee.example.sn', 'Sénégal'],
    ['Moussa', 'Traoré', 'm.traore@musee.example.ml', 'Mali'],
  ],
};
