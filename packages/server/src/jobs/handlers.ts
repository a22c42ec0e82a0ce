/**
 * Every task handler, registered by importing each area's handler module once (app.ts imports this file, so a
 * server and every test app know all task kinds). Add one line per area.
 */
import '../usecases/bureau/task-handlers.js';
import '../usecases/verification/task-handlers.js';
import '../usecases/site-checks/task-handlers.js';
import '../usecases/after-filing/public-security.js';
