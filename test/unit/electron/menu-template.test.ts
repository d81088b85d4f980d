import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { UiLanguage } from '../../../shared/domain/types';
import type { MenuCommand } from '../../../shared/ipc/desk-api';
import { aboutBoxOptions, menuTemplate, sendMenuCommand, type MenuHandlers } from '../../../electron/menu-template';

type Item = MenuItemConstructorOptions;

function handlers(): MenuHandlers & { commands: MenuCommand[] } {
  const commands: MenuCommand[] = [];
  return { commands, command: (c) => commands.push(c), about: vi.fn(), showDataFolder: vi.fn() };
}

function submenu(item: Item | undefined): Item[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`no submenu on ${item?.label}`);
  return item.submenu as Item[];
}

function byLabel(items: Item[], label: string): Item {
  const found = items.find((item) => item.label === label);
  if (!found) throw new Error(`no "${label}" among ${items.map((i) => i.label ?? i.role ?? i.type).join(', ')}`);
  return found;
}

function click(item: Item): void {
  // Electron passes (menuItem, window, event); the handlers ignore them.
  (item.click as () => void)();
}

const options = { isPackaged: true, appName: 'Training Desk' };

const expected: Record<UiLanguage, { top: string[]; file: string[]; devTools: string }> = {
  en: {
    top: ['File', 'Edit', 'View', 'Window', 'Help'],
    file: ['Import…', 'Export…', 'Print…', 'Back up…', 'Quit'],
    devTools: 'Developer Tools',
  },
  fr: {
    top: ['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide'],
    file: ['Importer…', 'Exporter…', 'Imprimer…', 'Sauvegarder…', 'Quitter'],
    devTools: 'Outils de développement',
  },
  es: {
    top: ['Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda'],
    file: ['Importar…', 'Exportar…', 'Imprimir…', 'Copia de seguridad…', 'Salir'],
    devTools: 'Herramientas de desarrollo',
  },
};

describe.each(['en', 'fr', 'es'] as const)('menuTemplate in %s', (lang) => {
  it('labels the menus and File items in the language', () => {
    const template = menuTemplate(lang, 'linux', handlers(), options);
    expect(template.map((m) => m.label)).toEqual(expected[lang].top);
    const file = submenu(template[0]).filter((i) => i.type !== 'separator');
    expect(file.map((i) => i.label)).toEqual(expected[lang].file);
  });

  it('sends import, export, print and backup to the renderer', () => {
    const h = handlers();
    const file = submenu(menuTemplate(lang, 'win32', h, options)[0]);
    for (const label of expected[lang].file.slice(0, 4)) click(byLabel(file, label));
    expect(h.commands).toEqual(['import', 'export', 'print', 'backup']);
  });

  it('gives every labelled item a label in the language, never a message key', () => {
    const walk = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? walk(i.submenu as Item[]) : [])]);
    for (const item of walk(menuTemplate(lang, 'darwin', handlers(), { ...options, isPackaged: false }))) {
      if (item.label !== undefined) expect(item.label).not.toMatch(/^(menu|dialogs|common)\./);
    }
  });
});

describe('menuTemplate structure', () => {
  it('puts About and Show Data Folder in Help, wired to their handlers', () => {
    const h = handlers();
    const help = submenu(menuTemplate('fr', 'linux', h, options)[4]);
    click(byLabel(help, 'À propos de Training Desk'));
    click(byLabel(help, 'Afficher le dossier des données'));
    expect(h.about).toHaveBeenCalledOnce();
    expect(h.showDataFolder).toHaveBeenCalledOnce();
  });

  it('uses roles for editing so the system does the work, with translated labels', () => {
    const edit = submenu(menuTemplate('es', 'linux', handlers(), options)[1]).filter((i) => i.role);
    expect(edit.map((i) => i.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(edit.map((i) => i.label)).toEqual(['Deshacer', 'Rehacer', 'Cortar', 'Copiar', 'Pegar', 'Seleccionar todo']);
  });

  it('offers developer tools only in unpackaged builds', () => {
    const roles = (isPackaged: boolean): unknown[] =>
      submenu(menuTemplate('en', 'linux', handlers(), { ...options, isPackaged })[2]).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
  });

  it('on macOS puts the app menu first, with About and Quit, and no Quit in File', () => {
    const h = handlers();
    const template = menuTemplate('fr', 'darwin', h, options);
    expect(template.map((m) => m.label)).toEqual(['Training Desk', 'Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    const appMenu = submenu(template[0]);
    click(byLabel(appMenu, 'À propos de Training Desk'));
    expect(h.about).toHaveBeenCalledOnce();
    expect(byLabel(appMenu, 'Quitter').role).toBe('quit');
    expect(submenu(template[1]).map((i) => i.role)).not.toContain('quit');
    expect(template[4]?.role).toBe('window');
  });

  it('has Minimise and Close in Window, as roles', () => {
    const window = submenu(menuTemplate('en', 'linux', handlers(), options)[3]);
    expect(window.map((i) => [i.role, i.label])).toEqual([
      ['minimize', 'Minimise'],
      ['close', 'Close Window'],
    ]);
  });
});

describe('aboutBoxOptions', () => {
  it('shows the version and the data folder in the language', () => {
    const box = aboutBoxOptions('fr', '0.1.0', '/home/ada/.config/Training Desk', 'Training Desk');
    expect(box.title).toBe('À propos de Training Desk');
    expect(box.detail).toBe('Version 0.1.0\nVos données sont conservées sur cet ordinateur, dans /home/ada/.config/Training Desk.');
    expect(box.buttons).toEqual(['Fermer']);
  });
});

describe('sendMenuCommand', () => {
  it('sends the command on menu:command to the window’s page', () => {
    const send = vi.fn();
    expect(sendMenuCommand({ send }, 'backup')).toBe(true);
    expect(send).toHaveBeenCalledWith('menu:command', 'backup');
  });

  it('does nothing when there is no window', () => {
    expect(sendMenuCommand(null, 'print')).toBe(false);
  });
});
