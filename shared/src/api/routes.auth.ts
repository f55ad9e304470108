import { z } from 'zod';
import {
  authResponseSchema,
  changePasswordBodySchema,
  csrfResponseSchema,
  meResponseSchema,
  signInBodySchema,
  signUpBodySchema,
} from '../schemas/auth.js';
import { defineRoute } from './contract.js';

const ok = z.object({ ok: z.literal(true) });

export const authRoutes = {
  csrf: defineRoute({
    method: 'get',
    path: '/api/auth/csrf',
    summary: 'A CSRF token to send as X-CSRF-Token on state-changing requests',
    tags: ['auth'],
    access: 'public',
    response: csrfResponseSchema,
  }),
  signUp: defineRoute({
    method: 'post',
    path: '/api/auth/sign-up',
    summary: 'Create an account (worker or organisation) and sign in',
    tags: ['auth'],
    access: 'public',
    body: signUpBodySchema,
    response: authResponseSchema,
    status: 201,
    errors: ['already_exists', 'csrf_failed', 'not_found'],
  }),
  signIn: defineRoute({
    method: 'post',
    path: '/api/auth/sign-in',
    summary: 'Sign in with e-mail or mobile number and password',
    description:
      'An unknown account and a wrong password get the same answer, in the same time. After three wrong passwords ' +
      'for one login from one source (a device where the account signed in before, or else the network address), ' +
      'that source waits before its next try (1 s, doubling, at most 15 minutes; 429 too_many_attempts with ' +
      'Retry-After); other sources are not affected.',
    tags: ['auth'],
    access: 'public',
    body: signInBodySchema,
    response: authResponseSchema,
    errors: ['invalid_credentials', 'too_many_attempts', 'csrf_failed'],
  }),
  signOut: defineRoute({
    method: 'post',
    path: '/api/auth/sign-out',
    summary: 'End this session',
    tags: ['auth'],
    access: 'signed_in',
    response: ok,
  }),
  me: defineRoute({
    method: 'get',
    path: '/api/auth/me',
    summary: 'The signed-in account, or null',
    tags: ['auth'],
    access: 'public',
    response: meResponseSchema,
  }),
  changePassword: defineRoute({
    method: 'post',
    path: '/api/auth/password',
    summary: 'Change the password; every other session of the account ends',
    tags: ['auth'],
    access: 'signed_in',
    body: changePasswordBodySchema,
    response: authResponseSchema,
    errors: ['invalid_credentials', 'too_many_attempts'],
  }),
} as const;
