// npm run admin -- create-user --role bureau --login bureau@minzheng.example --name "上海市民政局" [--password …]
// Creates the first bureau or admin account (nobody can sign up as either). Without --password
// a strong one is generated and printed once.
import crypto from 'node:crypto';
import { loginIdSchema } from '@shsw/shared';
import { checkPassword } from '@shsw/shared/password-strength';
import { hashPassword, User } from '../modules/accounts/index.js';
import { recordAudit } from '../modules/audit/index.js';
import { isDuplicateKey } from '../platform/db/db-errors.js';
import { flags, openCli } from './cli-context.js';

const usage =
  'usage: npm run admin -- create-user --role bureau|admin --login <e-mail or mobile> --name <display name> [--password <password>]';

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const f = flags(rest);
  if (command !== 'create-user' || !f.role || !f.login || !f.name) {
    process.stderr.write(`${usage}\n`);
    return 64;
  }
  const role = f.role === 'bureau' || f.role === 'admin' ? f.role : null;
  if (!role) {
    process.stderr.write('--role must be bureau or admin (workers and organisations sign up themselves)\n');
    return 64;
  }
  const login = loginIdSchema.safeParse(f.login);
  if (!login.success) {
    process.stderr.write(`--login: ${login.error.issues[0]?.message ?? 'invalid'}\n`);
    return 64;
  }
  const generated = !f.password;
  // 20 random base64url characters (120 bits): the estimator rates them 4 of 4.
  const password = f.password ?? crypto.randomBytes(15).toString('base64url');
  const verdict = checkPassword(password, { userInputs: [login.data, f.name] });
  if (!verdict.ok) {
    process.stderr.write(
      `--password refused (${verdict.issues.join(', ')}): use 8–128 characters that are hard to guess and do not ` +
        'contain the login or name, e.g. several unrelated words; or leave --password out to get a generated one\n',
    );
    return 64;
  }
  const cli = await openCli();
  try {
    const user = await User.create({
      login: login.data,
      loginKind: login.data.includes('@') ? 'email' : 'mobile',
      passwordHash: await hashPassword(password),
      displayName: f.name,
      role,
      consents: [],
    });
    await recordAudit({
      action: 'role_changed',
      actor: null,
      target: { type: 'user', id: String(user._id) },
      details: { from: null, to: role, via: 'cli' },
    });
    process.stdout.write(
      `created ${role} account ${login.data}${generated ? `\npassword (shown once): ${password}` : ''}\n`,
    );
    return 0;
  } catch (err) {
    if (isDuplicateKey(err)) {
      process.stderr.write(`an account with login ${login.data} already exists\n`);
      return 65;
    }
    throw err;
  } finally {
    await cli.close();
  }
}

process.exitCode = await main();
