import type { MessageKey } from '../../../../shared/i18n';
import type { ImportField } from '../../../../shared/io/import-mapping';

/** The message key naming an import field ("Given name", "Prénom", "Nombre"). */
export const fieldLabel = (field: ImportField): MessageKey => `import.fields.${field}`;
