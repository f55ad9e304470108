export { subscribeAlertTriggers } from './alert-triggers.js';
export { SavedSearchHitModel, SavedSearchModel } from './saved-search.model.js';
export { savedSearchesPersonalData } from './saved-searches.personal-data.js';
export { registerSavedSearchRoutes } from './saved-searches.router.js';
export { SavedSearchesService } from './saved-searches.service.js';
