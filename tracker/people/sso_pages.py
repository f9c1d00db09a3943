"""The sign-in buttons' pages: off to an organisation's provider, and back signed in
(through the password sign-in's own last step, two_step_pages.sign_in).

Any failure shows a plain page with the way back to password sign-in, which never depends on a
provider being up.
"""
from __future__ import annotations

from authlib.integrations.base_client.errors import OAuthError
from flask import abort, current_app, redirect, render_template, request, session, url_for
from flask_login import current_user
from joserfc.errors import JoseError
from requests import RequestException

from tracker.core.access import public
from tracker.extensions import db
from tracker.people import blueprint
from tracker.people.auth import is_safe_next
from tracker.people.sso import SignInRefused, client_for, find_provider, id_token_checks, person_for_sign_in
from tracker.people.two_step_pages import sign_in

SSO_NEXT = "sso_next"  # where to go after signing in, kept while the person is at the provider


def _provider_or_404(provider_name: str):
    return find_provider(current_app, provider_name) or abort(404)


def _problem(provider, message: str, status: int):
    return render_template("people/sso_problem.html", provider=provider, message=message), status


def _unreachable(provider, error):
    # The person sees a plain message; whoever runs the service needs the reason, in the log.
    current_app.logger.warning("Single sign-on: could not reach %s: %r", provider.name, error)
    return _problem(
        provider,
        f"We could not reach {provider.display_name} just now. Try again in a few minutes, "
        "or sign in with your email address and password.",
        502,
    )


def _did_not_work(provider, error):
    current_app.logger.warning("Single sign-on with %s refused the answer: %r", provider.name, error)
    return _problem(
        provider,
        f"Signing in with {provider.display_name} did not work, so you are not signed in. "
        "Go back to the sign-in page and try again.",
        400,
    )


# A link, not a form: the page's Content-Security-Policy (form-action 'self') would stop a form
# sent on to another site. The state, tied to this browser's session, is what keeps it safe.
@blueprint.route("/sign-in/with/<provider_name>")
@public
def sign_in_with(provider_name: str):
    provider = _provider_or_404(provider_name)
    if current_user.is_authenticated:
        return redirect(url_for("core.home"))
    back_here = url_for("people.sign_in_returned", provider_name=provider.name, _external=True)
    try:
        response = client_for(current_app, provider).authorize_redirect(back_here)
    except (RequestException, ValueError) as error:  # down, slow, or an unreadable discovery document
        return _unreachable(provider, error)
    target = request.args.get("next", "")
    session[SSO_NEXT] = target if is_safe_next(target) else ""
    return response


@blueprint.route("/sign-in/with/<provider_name>/return")
@public
def sign_in_returned(provider_name: str):
    provider = _provider_or_404(provider_name)
    target = session.get(SSO_NEXT) or ""
    try:
        # Checks the state against this browser's session (once only), then swaps the code, with
        # the PKCE verifier, for an ID token whose signature, issuer, audience, expiry and nonce
        # it checks.
        client = client_for(current_app, provider)
        token = client.authorize_access_token(claims_options=id_token_checks(client, provider))
    except RequestException as error:
        return _unreachable(provider, error)
    except (OAuthError, JoseError, ValueError, KeyError, TypeError) as error:
        return _did_not_work(provider, error)
    if not token.get("userinfo"):  # no ID token: nothing checked says who this is
        return _did_not_work(provider, "no ID token in the provider's answer")
    try:
        person = person_for_sign_in(
            provider, token["userinfo"], create_people=current_app.config["OIDC_CREATE_PEOPLE"]
        )
    except SignInRefused as refusal:
        return _problem(provider, str(refusal), 403)
    db.session.commit()  # a person made just now (TRACKER_OIDC_CREATE_PEOPLE)
    return sign_in(person, target)  # the password sign-in's own: asks for a two-step code if set up
