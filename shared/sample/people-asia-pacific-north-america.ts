import { inst, trainer, withGrant, type PersonSeed } from './seed-types';

const nmaahc = inst('National Museum of African American History and Culture', 'nmaahc-si.example', 'nmaahc');

/** Asia-Pacific and North America: mostly CIMAM 2026 applicants, and the Lagos funder's staff. */
export const ASIA_PACIFIC_NORTH_AMERICA: PersonSeed[] = [
  {
    given: 'Văn An', family: 'Nguyễn', latin: 'an.nguyenvan', country: 'VN', gender: 'm', at: inst('Bảo tàng Lịch sử Quốc gia', 'baotanglichsu.example'), position: 'Curator',
    langs: ['vi', 'fr', 'en'], e: { webinar: 'confirmed', cimam: 'applied' },
  },
  { given: 'Thị Mai', family: 'Trần', latin: 'mai.tranthi', country: 'VN', gender: 'f', at: inst('Bảo tàng Dân tộc học Việt Nam', 'vme.example'), position: 'Conservator', e: { cimam: 'shortlisted' } },
  { given: 'Minh Đức', family: 'Phạm', latin: 'duc.phamminh', country: 'VN', gender: 'm', at: inst('Bảo tàng Mỹ thuật Việt Nam', 'vnfam.example'), position: 'Curator', e: { cimam: 'waitlisted' } },
  { given: '美咲', family: '佐藤', latin: 'misaki.sato', country: 'JP', gender: 'f', at: inst('森美術館', 'mori-art.example'), position: 'Assistant Curator', e: { cimam: withGrant('accepted', 'none') } },
  { given: '지은', family: '김', latin: 'jieun.kim', country: 'KR', gender: 'f', at: inst('국립현대미술관', 'mmca.example'), position: 'Curator', e: { cimam: 'waitlisted' } },
  { given: '芳', family: '王', latin: 'fang.wang', country: 'CN', gender: 'f', at: inst('UCCA Center for Contemporary Art', 'ucca.example'), position: 'Curator', e: { cimam: 'applied' } },
  { given: 'Priya', family: 'Raghavan', country: 'IN', gender: 'f', at: inst('Kiran Nadar Museum of Art', 'knma.example'), position: 'Associate Curator', needs: { diet: 'Vegetarian' }, e: { cimam: 'shortlisted' } },
  { given: 'สุดา', family: 'ศรีสุข', latin: 'suda.srisuk', country: 'TH', gender: 'f', at: inst('Bangkok Art and Culture Centre', 'bacc.example'), position: 'Curator', e: { cimam: 'applied' } },
  {
    given: 'Maria Cristina', family: 'Reyes', country: 'PH', gender: 'f', at: inst('Metropolitan Museum of Manila', 'metmuseum-mnl.example'), position: 'Registrar',
    e: { webinar: 'applied', cimam: 'rejected' },
  },
  { given: 'Dewi', family: 'Anggraini', country: 'ID', gender: 'f', at: inst('Museum MACAN', 'museummacan.example'), position: 'Education officer', e: { cimam: 'shortlisted' } },
  {
    key: 'emily', given: 'Emily', family: "O'Brien", country: 'AU', gender: 'f', at: inst('Museum of Contemporary Art Australia', 'mca-au.example'), position: 'Senior Curator',
    tags: ['speaker'], e: { cimam: trainer('confirmed') },
  },
  { given: 'Aroha', family: 'Walker', country: 'NZ', gender: 'f', at: inst('Auckland Art Gallery Toi o Tāmaki', 'aucklandartgallery.example'), position: 'Curator, Māori Art', e: { cimam: 'waitlisted' } },
  {
    key: 'danielle', given: 'Danielle', family: 'Brooks', country: 'US', gender: 'f', at: nmaahc, position: 'International programs specialist',
    e: { lagos: { status: 'attended', role: 'observer', note: "Funder's representative." } },
  },
  { given: 'Marcus', family: 'Whitfield', country: 'US', gender: 'm', at: nmaahc, position: 'Grants officer', notes: 'Signs off the Lagos grant reports.' },
  { given: 'Kendra', family: 'Lewis', country: 'US', gender: 'f', at: inst('The Studio Museum in Harlem', 'studiomuseum.example'), position: 'Curator', e: { cimam: withGrant('accepted', 'none') } },
  {
    given: 'Geneviève', family: 'Tremblay', country: 'CA', gender: 'f', at: inst("Musée d'art contemporain de Montréal", 'macm.example'), position: 'Conservatrice',
    e: { webinar: 'confirmed', cimam: withGrant('shortlisted', 'none') },
  },
];
