export { type ApplicationDoc, ApplicationModel } from './application.model.js';
export { applicationsPersonalData } from './applications.personal-data.js';
export { registerApplicationRoutes } from './applications.router.js';
export { ApplicationsService } from './applications.service.js';
export { settleGoneOrganisations, settleOrganisation, subscribeOrganisationClosure } from './organisation-closure.js';
