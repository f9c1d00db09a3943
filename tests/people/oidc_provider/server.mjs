// A real OpenID provider for the single sign-on tests (the certified `oidc-provider` package),
// on loopback. The test fixture starts it with:
//   node server.mjs   (env: REDIRECT_URIS, space separated; PORT, 0 for any free port)
// and reads "listening <issuer>" from its first line of output.
//
// Signing in needs no form: the provider's interaction page signs in the account named by the
// authorisation request's login_hint (default "alice") and agrees to what the client asked for.
import http from 'node:http';
import { Provider } from 'oidc-provider';

const ACCOUNTS = {
  alice: { email: 'alice@example.org', email_verified: true, name: 'Alice Example' },
  newcomer: { email: 'newcomer@example.org', email_verified: true, name: 'New Comer' },
  unverified: { email: 'unverified@example.org', email_verified: false, name: 'Una Verified' },
  outsider: { email: 'outsider@elsewhere.test', email_verified: true, name: 'Out Sider' },
};
const SCOPE = 'openid email profile';

const server = http.createServer();
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: 'tracker',
      client_secret: 'tracker-test-secret',
      redirect_uris: (process.env.REDIRECT_URIS || 'http://localhost/callback').split(' '),
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    async findAccount(ctx, id) {
      const account = ACCOUNTS[id];
      return account && { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false, // the email in the ID token, as Entra ID and Google send it
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['tests-only-not-secret'] },
  });

  const callback = provider.callback();
  server.on('request', async (req, res) => {
    if (!req.url.startsWith('/interaction/')) {
      callback(req, res);
      return;
    }
    try {
      const details = await provider.interactionDetails(req, res);
      const accountId = details.params.login_hint || 'alice';
      const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
      grant.addOIDCScope(SCOPE);
      grant.addOIDCClaims(['email', 'email_verified', 'name']);
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } },
        { mergeWithLastSubmission: false });
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  console.log(`listening ${issuer}`);
});
