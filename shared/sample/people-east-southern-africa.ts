import { inst, organiser, trainer, withGrant, type PersonSeed } from './seed-types';

const nmk = (branch: string) => inst(branch, 'museums-kenya.example', 'nmk');
const nmmz = (branch: string) => inst(branch, 'nmmz.example', 'nmmz');
const iziko = inst('Iziko Museums of South Africa', 'iziko.example', 'iziko');
const ngz = inst('National Gallery of Zimbabwe', 'ngz.example', 'ngz');
const ditsong = inst('Ditsong Museums of South Africa', 'ditsong.example');
const ugandaMuseum = inst('Uganda Museum', 'ugandamuseum.example');
const nmt = inst('National Museum of Tanzania', 'nmt-tz.example');
const nme = inst('National Museum of Ethiopia', 'nme-et.example');
const bnm = inst('Botswana National Museum', 'bnm.example');
const malawi = inst('Museums of Malawi', 'museums-malawi.example');

/** Kenya, Uganda, Tanzania, Ethiopia, Zimbabwe (Lagos 2022); southern Africa (Cape Town 2019); Harare hosts (CIMAM 2026). */
export const EAST_SOUTHERN_AFRICA: PersonSeed[] = [
  {
    key: 'wanjiru', given: 'Wanjiru', family: 'Kamau', country: 'KE', gender: 'f', at: nmk('Nairobi National Museum'), position: 'Head of Education',
    tags: ['speaker'], e: { capeTown: 'attended', lagos: trainer() },
  },
  { given: 'Brian', family: 'Otieno', country: 'KE', gender: 'm', at: nmk('Kisumu Museum'), position: 'Curator', needs: { visaLetter: true }, e: { lagos: 'attended' } },
  { given: 'Achieng', family: 'Odhiambo', country: 'KE', gender: 'f', at: nmk('National Museums of Kenya'), position: 'Conservator', needs: { visaLetter: true }, e: { lagos: 'attended' } },
  { given: 'Faith', family: 'Chebet', country: 'KE', gender: 'f', at: nmk('Kitale Museum'), position: 'Education officer', needs: { visaLetter: true }, e: { lagos: 'attended', cimam: 'applied' } },
  { given: 'Daniel', family: 'Kiprono', country: 'KE', gender: 'm', at: nmk('Lamu Museum'), position: 'Collections manager', e: { capeTown: 'attended' } },
  { given: 'Mercy', family: 'Wambui', country: 'KE', gender: 'f', at: nmk('Nairobi Gallery'), position: 'Assistant curator', e: { capeTown: 'attended' } },
  { given: 'Grace', family: 'Nakato', country: 'UG', gender: 'f', at: ugandaMuseum, position: 'Curator', needs: { visaLetter: true }, e: { lagos: 'attended' } },
  { given: 'Joseph', family: 'Mugisha', country: 'UG', gender: 'm', at: ugandaMuseum, position: 'Registrar', e: { lagos: 'rejected' } },
  { given: 'Patience', family: 'Atuhaire', country: 'UG', gender: 'f', at: inst('Igongo Cultural Centre', 'igongo.example'), position: 'Museum educator', e: { lagos: 'rejected' } },
  { given: 'Neema', family: 'Mushi', country: 'TZ', gender: 'f', at: nmt, position: 'Conservator', needs: { visaLetter: true }, e: { lagos: 'attended' } },
  { given: 'Baraka', family: 'Mwakyusa', country: 'TZ', gender: 'm', at: nmt, position: 'Curator', needs: { visaLetter: true, diet: 'No pork' }, e: { lagos: 'attended' } },
  { given: 'Rehema', family: 'Salim', country: 'TZ', gender: 'f', at: inst('Zanzibar Museums', 'zanzibarmuseums.example'), position: 'Curator', needs: { diet: 'Halal' }, e: { capeTown: 'attended' } },
  { given: 'ሰላም', family: 'ተስፋዬ', latin: 'selam.tesfaye', country: 'ET', gender: 'f', at: nme, position: 'Curator', needs: { visaLetter: true }, e: { lagos: 'attended' } },
  {
    given: 'ዮናስ', family: 'ታደሰ', latin: 'yonas.tadesse', country: 'ET', gender: 'm', at: inst('Institute of Ethiopian Studies Museum, Addis Ababa University', 'ies-aau.example'),
    position: 'Conservator', needs: { visaLetter: true, diet: 'Vegan on Wednesdays and Fridays (fasting days)' }, e: { lagos: 'attended' },
  },
  {
    given: 'Dawit', family: 'Bekele', country: 'ET', gender: 'm', at: inst('Authority for Research and Conservation of Cultural Heritage', 'arcch.example'),
    position: 'Heritage officer', e: { lagos: { status: 'withdrawn', note: 'Withdrew for family reasons two weeks before the start.' } },
  },
  { given: 'Hanna', family: 'Girma', country: 'ET', gender: 'f', at: nme, position: 'Education officer', e: { lagos: 'rejected' } },
  {
    key: 'thandiwe', given: 'Thandiwe', family: 'Nkosi', country: 'ZA', gender: 'f', at: iziko, position: 'Senior Conservator', tags: ['speaker'],
    e: { capeTown: trainer(), lagos: trainer() },
  },
  { key: 'pieter', given: 'Pieter', family: 'van der Merwe', country: 'ZA', gender: 'm', at: iziko, position: 'Collections manager', langs: ['en', 'af'], e: { capeTown: organiser() } },
  { given: 'Sipho', family: 'Dlamini', country: 'ZA', gender: 'm', at: ditsong, position: 'Curator', langs: ['en', 'zu'], e: { capeTown: 'attended' } },
  { given: 'Lindiwe', family: 'Mokoena', country: 'ZA', gender: 'f', at: inst('KwaMuhle Museum, Durban', 'durbanmuseums.example'), position: 'Education officer', e: { capeTown: 'attended' } },
  {
    given: 'Naledi', family: 'Khumalo', country: 'ZA', gender: 'f', at: inst('Wits Art Museum', 'wam-wits.example'), position: 'Assistant curator',
    needs: { visaLetter: true }, e: { lagos: 'attended', cimam: withGrant('accepted', 'accepted') },
  },
  { given: 'Zanele', family: 'Mahlangu', country: 'ZA', gender: 'f', at: ditsong, position: 'Registrar', e: { capeTown: 'no-show' } },
  { given: 'Johan', family: 'Botha', country: 'ZA', gender: 'm', at: inst('Stellenbosch University Museum', 'sun-museum.example'), position: 'Conservator', langs: ['af', 'en'], e: { capeTown: 'attended' } },
  { given: 'Ayanda', family: 'Zulu', country: 'ZA', gender: 'x', at: inst('Zeitz Museum of Contemporary Art Africa', 'zeitzmocaa.example'), position: 'Curator', e: { cimam: 'accepted' } },
  { given: 'Thabo', family: 'Molefe', country: 'ZA', gender: 'm', at: iziko, position: 'Educator', e: { capeTown: 'attended' } },
  { given: 'Kagiso', family: 'Sebina', country: 'BW', gender: 'm', at: bnm, position: 'Curator', e: { capeTown: 'attended' } },
  { given: 'Boitumelo', family: 'Kgosi', country: 'BW', gender: 'f', at: bnm, position: 'Conservator', e: { capeTown: 'attended' } },
  { given: 'Ndapewa', family: 'Nakale', country: 'NA', gender: 'f', at: inst('National Museum of Namibia', 'nmn.example'), position: 'Curator', e: { capeTown: 'attended' } },
  { given: 'Hendrik', family: 'Gaseb', country: 'NA', gender: 'm', at: inst('Museums Association of Namibia', 'man-namibia.example'), position: 'Programme officer', e: { capeTown: 'attended' } },
  { given: 'Chanda', family: 'Mwansa', country: 'ZM', gender: 'f', at: inst('Livingstone Museum', 'livingstonemuseum.example'), position: 'Curator', e: { capeTown: 'attended' } },
  { given: 'Mulenga', family: 'Banda', country: 'ZM', gender: 'm', at: inst('Lusaka National Museum', 'lusakamuseum.example'), position: 'Registrar', e: { capeTown: 'withdrawn' } },
  { given: 'Agnes', family: 'Lungu', country: 'ZM', gender: 'f', at: inst('Choma Museum and Crafts Centre', 'chomamuseum.example'), position: 'Education officer', e: { capeTown: 'rejected' } },
  { given: 'Chikondi', family: 'Phiri', country: 'MW', gender: 'f', at: malawi, position: 'Education officer', e: { capeTown: 'attended' } },
  { given: 'Limbani', family: 'Nyirenda', country: 'MW', gender: 'm', at: malawi, position: 'Assistant curator', e: { capeTown: 'rejected' } },
  { given: 'Celeste', family: 'Macuácua', country: 'MZ', gender: 'f', at: inst('Museu Nacional de Arte, Maputo', 'musart-mz.example'), position: 'Conservadora', e: { capeTown: 'attended' } },
  { given: 'Palesa', family: 'Mohapi', country: 'LS', gender: 'f', at: inst('Morija Museum and Archives', 'morija.example'), position: 'Archivist', e: { capeTown: 'attended' } },
  { key: 'tendai', given: 'Tendai', family: 'Moyo', country: 'ZW', gender: 'm', at: ngz, position: 'Curator', needs: { visaLetter: true }, e: { lagos: 'attended', cimam: organiser('confirmed') } },
  { given: 'Rudo', family: 'Chikore', country: 'ZW', gender: 'f', at: nmmz('Museum of Human Sciences, Harare'), position: 'Conservator', needs: { visaLetter: true }, e: { lagos: 'attended' } },
  {
    given: 'Tatenda', family: 'Ncube', country: 'ZW', gender: 'm', at: nmmz('Natural History Museum of Zimbabwe, Bulawayo'), position: 'Education officer',
    needs: { visaLetter: true, accessibility: 'Uses a wheelchair: step-free rooms and transport' }, e: { lagos: 'attended' },
  },
  { given: 'Farai', family: 'Mutasa', country: 'ZW', gender: 'f', at: nmmz('National Museums and Monuments of Zimbabwe'), position: 'Registrar', e: { capeTown: 'attended' } },
  { given: 'Nyasha', family: 'Gumbo', country: 'ZW', gender: 'm', at: nmmz('Great Zimbabwe Site Museum'), position: 'Site manager', e: { capeTown: 'attended' } },
  { key: 'chipo', given: 'Chipo', family: 'Mhlanga', country: 'ZW', gender: 'f', at: ngz, position: 'Exhibitions manager', e: { cimam: organiser('confirmed') } },
];
