import { contextBridge, ipcRenderer } from 'electron';
import { createDeskApi } from './preload-api';

// The sandboxed preload can require only 'electron': scripts/build-electron.mjs
// bundles this file and its imports into dist-electron/preload.cjs.
contextBridge.exposeInMainWorld('desk', createDeskApi(ipcRenderer));
