export { BookmarkModel } from './bookmark.model.js';
export { bookmarksPersonalData } from './bookmarks.personal-data.js';
export { registerBookmarkRoutes } from './bookmarks.router.js';
export { BookmarksService } from './bookmarks.service.js';
