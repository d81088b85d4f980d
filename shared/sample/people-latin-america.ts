import { inst, organiser, trainer, type PersonSeed } from './seed-types';

const tertulia = inst('Museo La Tertulia', 'museolatertulia.example', 'tertulia');

/** Latin America and the Caribbean (Cali 2019, in Spanish), with a few applicants to later programmes. */
export const LATIN_AMERICA: PersonSeed[] = [
  {
    key: 'mariajose', given: 'María José', family: 'García López', country: 'CO', gender: 'f', at: tertulia, position: 'Coordinadora de educación',
    e: { cali: organiser(), webinar: 'confirmed', cimam: 'applied' },
  },
  { given: 'Juan Camilo', family: 'Restrepo Vélez', country: 'CO', gender: 'm', at: inst('Museo de Antioquia', 'museodeantioquia.example'), position: 'Curador', e: { cali: 'attended' } },
  { given: 'Luisa Fernanda', family: 'Ospina', country: 'CO', gender: 'f', at: inst('Museo del Oro, Banco de la República', 'museodeloro.example'), position: 'Conservadora', e: { cali: 'attended' } },
  {
    key: 'andres', given: 'Andrés Felipe', family: 'Cárdenas Mejía', country: 'CO', gender: 'm', at: inst('Universidad del Valle', 'univalle.example', 'univalle'),
    position: 'Profesor de museología', tags: ['speaker'], e: { cali: trainer() },
  },
  { given: 'Valentina', family: 'Rojas Pérez', country: 'CO', gender: 'f', at: inst('Museo Nacional de Colombia', 'museonacional-co.example'), position: 'Registradora', e: { cali: 'attended', webinar: 'confirmed' } },
  { given: 'Sebastián', family: 'Londoño Gil', country: 'CO', gender: 'm', at: inst('Museo de Arte Moderno de Medellín', 'elmamm.example'), position: 'Mediador', e: { cali: 'rejected' } },
  {
    given: 'Guadalupe', family: 'Hernández Ruiz', country: 'MX', gender: 'f', at: inst('Museo Nacional de Antropología', 'mna-inah.example'), position: 'Curadora',
    e: { cali: 'attended', webinar: 'confirmed' },
  },
  { given: 'José Luis', family: 'Martínez Ortega', country: 'MX', gender: 'm', at: inst('Museo Amparo, Puebla', 'museoamparo.example'), position: 'Conservador', e: { cali: 'attended' } },
  { given: 'Ximena', family: 'Castañeda', country: 'MX', gender: 'f', at: inst('Museo Universitario Arte Contemporáneo', 'muac-unam.example'), position: 'Curadora', e: { cimam: 'shortlisted' } },
  { given: 'Itzel', family: 'Ramírez Cruz', country: 'MX', gender: 'f', at: inst('Museo Regional de Oaxaca', 'museo-oaxaca.example'), position: 'Educadora', e: { cali: 'no-show' } },
  {
    key: 'mercedes', given: 'Mercedes', family: 'Villanueva Ibarra', country: 'MX', gender: 'f',
    at: inst('Escuela Nacional de Conservación, Restauración y Museografía', 'encrym.example'), position: 'Profesora investigadora', tags: ['speaker'], e: { cali: trainer() },
  },
  {
    given: 'Rosa', family: 'Quispe Mamani', country: 'PE', gender: 'f', at: inst('Museo Nacional de Arqueología, Antropología e Historia del Perú', 'mnaahp.example'),
    position: 'Conservadora', langs: ['es', 'qu'], e: { cali: 'attended' },
  },
  { given: 'Diego Alonso', family: 'Huamán Torres', country: 'PE', gender: 'm', at: inst('Museo de Arte de Lima', 'mali.example'), position: 'Registrador', e: { cali: 'attended' } },
  { given: 'Catalina', family: 'Muñoz Soto', country: 'CL', gender: 'f', at: inst('Museo Chileno de Arte Precolombino', 'precolombino.example'), position: 'Curadora', e: { cali: 'attended' } },
  { given: 'Ignacio', family: 'Fuentes Araya', country: 'CL', gender: 'm', at: inst('Museo Histórico Nacional', 'mhn-cl.example'), position: 'Encargado de colecciones', e: { cali: 'attended' } },
  { given: 'Lucía', family: 'Fernández', country: 'AR', gender: 'f', at: inst('Museo Etnográfico Juan B. Ambrosetti', 'museoetnografico.example'), position: 'Investigadora', e: { cali: 'attended' } },
  { given: 'Martín', family: 'Sosa', country: 'AR', gender: 'm', at: inst('Museo de Arte Moderno de Buenos Aires', 'mamba.example'), position: 'Curador', e: { cali: 'rejected', cimam: 'applied' } },
  {
    given: 'Yaneisy', family: 'de la Cruz Hernández', country: 'CU', gender: 'f', at: inst('Museo Nacional de Bellas Artes de La Habana', 'bellasartes-cu.example'),
    position: 'Especialista en conservación', needs: { visaLetter: true }, e: { cali: 'attended' },
  },
  {
    given: 'Osvaldo', family: 'Rodríguez Pupo', country: 'CU', gender: 'm', at: inst('Oficina del Historiador de la Ciudad de La Habana', 'ohch.example'),
    position: 'Museólogo', needs: { visaLetter: true }, e: { cali: 'attended' },
  },
  { given: 'Paola', family: 'Andrade Vera', country: 'EC', gender: 'f', at: inst('Museo Nacional del Ecuador', 'muna-ec.example'), position: 'Educadora', e: { cali: 'attended' } },
  {
    given: 'Wilma', family: 'Mamani Choque', country: 'BO', gender: 'f', at: inst('Museo Nacional de Etnografía y Folklore', 'musef.example'), position: 'Conservadora',
    langs: ['es', 'ay'], e: { cali: 'attended' },
  },
  { given: 'Florencia', family: 'Pereira', country: 'UY', gender: 'f', at: inst('Museo Nacional de Artes Visuales', 'mnav.example'), position: 'Registradora', e: { cali: 'attended' } },
  { given: 'Daniela', family: 'Vargas Solano', country: 'CR', gender: 'f', at: inst('Museo Nacional de Costa Rica', 'museocostarica.example'), position: 'Curadora', e: { cali: 'attended' } },
  { given: 'Fabián', family: 'Benítez', country: 'PY', gender: 'm', at: inst('Museo del Barro', 'museodelbarro.example'), position: 'Coordinador de colecciones', e: { cali: 'withdrawn' } },
  {
    given: 'Ana Lucía', family: 'Xol Caal', country: 'GT', gender: 'f', at: inst('Museo Popol Vuh', 'popolvuh.example'), position: 'Educadora', langs: ['es', 'kek'],
    needs: { accessibility: 'Low vision: large-print handouts' }, e: { cali: 'attended' },
  },
  {
    given: 'João Pedro', family: 'dos Santos', country: 'BR', gender: 'm', at: inst('Museu Nacional – UFRJ', 'museunacional-ufrj.example'), position: 'Museólogo',
    langs: ['pt', 'es'], e: { cali: 'attended', webinar: 'applied' },
  },
];
