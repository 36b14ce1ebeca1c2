/** Every table in the RLS matrix. A module's issue adds its tables' specs here. */
import { billingSpecs } from './billing.js';
import { usersSpec } from './core.js';
import { storageSpecs } from './storage.js';

export const rlsSpecs = [usersSpec, ...billingSpecs, ...storageSpecs];
