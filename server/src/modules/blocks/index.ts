export { BlockModel } from './block.model.js';
export { blocksPersonalData } from './blocks.personal-data.js';
export { registerBlockRoutes } from './blocks.router.js';
export { BlocksService } from './blocks.service.js';
