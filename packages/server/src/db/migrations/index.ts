/**
 * The versioned migrations, in order. A migration is never edited once it has landed: add a new one.
 * Each file exports its SQL (PostgreSQL 15 dialect; it runs on the embedded engine and on a real server).
 */
import core from './0001_core.js';
import servers from './0003_servers.js';
import registry from './0004_registry.js';
import materials from './0005_materials.js';
import receivers from './0006_receivers.js';
import tasks from './0007_tasks.js';
import notices from './0008_notices.js';
import verification from './0009_verification.js';
import bureau from './0010_bureau.js';
import whois from './0011_whois.js';
import ordersReview from './0002_orders_review.js';
import orderSubjectIndex from './0012_order_subject_index.js';
import afterFiling from './0013_after_filing.js';
import siteChecks from './0014_site_checks.js';

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'core', sql: core },
  { version: 2, name: 'orders_review', sql: ordersReview },
  { version: 3, name: 'servers', sql: servers },
  { version: 4, name: 'registry', sql: registry },
  { version: 5, name: 'materials', sql: materials },
  { version: 6, name: 'receivers', sql: receivers },
  { version: 7, name: 'tasks', sql: tasks },
  { version: 8, name: 'notices', sql: notices },
  { version: 9, name: 'verification', sql: verification },
  { version: 10, name: 'bureau', sql: bureau },
  { version: 11, name: 'whois', sql: whois },
  { version: 12, name: 'order_subject_index', sql: orderSubjectIndex },
  { version: 13, name: 'after_filing', sql: afterFiling },
  { version: 14, name: 'site_checks', sql: siteChecks },
];
