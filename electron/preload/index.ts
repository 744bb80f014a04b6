// The sandboxed preload: built as one CommonJS file (out/preload/index.cjs) that requires only
// `electron`. All logic lives in preload-api.ts, tested with a fake ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../shared/ipc-contract';
import { createPreloadApi } from './preload-api';

contextBridge.exposeInMainWorld(API_GLOBAL, createPreloadApi(ipcRenderer));
