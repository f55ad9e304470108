export { registerAdminRoutes } from './admin.router.js';
export { AdminService } from './admin.service.js';
