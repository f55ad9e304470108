export { settingsPersonalData } from './settings.personal-data.js';
export { SettingsService } from './settings.service.js';
