// Two federations from the environment: each its own client and redirect_uri, the known names and
// home-organisation claims filled in, and every mistake named by its variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.ts';

const BASIS = {
  PUBLIC_URL: 'https://leerroute.example.nl',
  OIDC_FEDERATIES: 'entree,surfconext',
  OIDC_ENTREE_ISSUER: 'https://connect.entree.example',
  OIDC_ENTREE_CLIENT_ID: 'leerroute',
  OIDC_ENTREE_CLIENT_SECRET: 'geheim-entree',
  OIDC_SURFCONEXT_ISSUER: 'https://connect.surfconext.example',
  OIDC_SURFCONEXT_CLIENT_ID: 'leerroute.example.nl',
  OIDC_SURFCONEXT_CLIENT_SECRET: 'geheim-surf',
  OIDC_SURFCONEXT_THUISORGANISATIES: 'ROC-Oostbetuwe.example=99ob, roc2.example=99ZZ',
  OIDC_SURFCONEXT_ACR: 'administratie=https://refeds.org/profile/mfa',
};

describe('federaties in de configuratie', () => {
  it('leest elke federatie met eigen client, redirect_uri, naam, thuisorganisatieclaim en acr per rol', () => {
    const { federaties } = readConfig(BASIS);
    expect(federaties).toEqual([
      {
        id: 'entree',
        naam: 'Entree Federatie',
        issuer: 'https://connect.entree.example',
        clientId: 'leerroute',
        clientSecret: 'geheim-entree',
        redirectUri: 'https://leerroute.example.nl/api/v1/sessie/oidc/entree/terugkeer',
        thuisorganisatieClaim: 'nlEduPersonHomeOrganizationId',
      },
      {
        id: 'surfconext',
        naam: 'SURFconext',
        issuer: 'https://connect.surfconext.example',
        clientId: 'leerroute.example.nl',
        clientSecret: 'geheim-surf',
        redirectUri: 'https://leerroute.example.nl/api/v1/sessie/oidc/surfconext/terugkeer',
        thuisorganisatieClaim: 'schac_home_organization',
        thuisorganisaties: { 'roc-oostbetuwe.example': '99OB', 'roc2.example': '99ZZ' },
        acrPerRol: { administratie: ['https://refeds.org/profile/mfa'] },
      },
    ]);
  });

  it.each([
    [{ OIDC_SURFCONEXT_CLIENT_SECRET: '' }, 'OIDC_SURFCONEXT_CLIENT_SECRET'],
    [{ OIDC_ENTREE_ISSUER: '' }, 'OIDC_ENTREE_ISSUER'],
    [{ OIDC_SURFCONEXT_ACR: 'koning=mfa' }, 'OIDC_SURFCONEXT_ACR'],
    [{ OIDC_SURFCONEXT_THUISORGANISATIES: 'zonder-brin' }, 'OIDC_SURFCONEXT_THUISORGANISATIES'],
    [{ OIDC_FEDERATIES: 'entree,entree' }, 'OIDC_FEDERATIES'],
  ])('weigert %j en noemt de variabele', (fout, variabele) => {
    let gegooid: unknown;
    try {
      readConfig({ ...BASIS, ...fout });
    } catch (error) {
      gegooid = error;
    }
    expect(gegooid).toBeInstanceOf(ConfigError);
    expect((gegooid as Error).message).toContain(variabele);
  });
});
