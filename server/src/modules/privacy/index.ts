export { registerPrivacyRoutes } from './privacy.router.js';
export { PrivacyService } from './privacy.service.js';
