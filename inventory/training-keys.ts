/**
 * Where training mode and presenter mode are remembered (storage.local). Only
 * the names, apart from the training switch's code: the side panel's first
 * chunk reads both modes at start and needs nothing else from here.
 */
export const TRAINING_MODE_KEY = 'passerelle.training';
/** Presenter mode (panel/training/mode.ts). */
export const PRESENTER_KEY = 'passerelle.presenter';
