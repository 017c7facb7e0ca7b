// The bot's host: a Linux App Service plan and web app running .NET 10 with a system-assigned
// identity. Secrets reach the app as Key Vault references, never as plain app settings.

param name string
param planName string
param location string
param tags object = {}

@description('App Service plan SKU; Basic or above, because the background dispatchers need Always On.')
param planSku string

@description('Key Vault URI, with its trailing slash (vault.properties.vaultUri).')
param keyVaultUri string

param storageTableEndpoint string
param applicationInsightsName string
param botAppId string

@description('Tenant of a single-tenant bot; empty for a multi-tenant bot.')
param botTenantId string

@description('Tenant whose people sign in to the web view; set even for a multi-tenant bot.')
param signInTenantId string

@description('Comma-separated e-mails of the first administrators.')
param adminBootstrap string

// Names of the secrets an operator puts into the vault (docs/deployment.md lists the same names).
var secretNames = {
  slackSigningSecret: 'slack-signing-secret'
  slackBotToken: 'slack-bot-token'
  teamsAppPassword: 'teams-app-password'
}

// Versionless references follow a rotated secret without a redeployment.
func keyVaultReference(vaultUri string, secretName string) string =>
  '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName}/)'

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  // azd finds the web app to deploy the `bot` service to by this tag.
  tags: union(tags, { 'azd-service-name': 'bot' })
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      // Readiness: App Service takes an instance out of rotation while it cannot store decisions (/healthz is liveness only).
      healthCheckPath: '/readyz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// A resource of its own, not siteConfig.appSettings: the Teams SSO audience names the site's host name,
// known only once the site exists. It replaces the whole set, so every setting lives here.
resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // The app sends its own OpenTelemetry (Azure Monitor exporter) when this is set; the codeless agent stays off so nothing is sent twice.
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    // Empty connection string: the app then uses the table endpoint with its managed identity.
    Storage__ConnectionString: ''
    Storage__TableEndpoint: storageTableEndpoint
    // The tables in storage.bicep carry no prefix.
    Storage__TablePrefix: ''
    Teams__AppId: botAppId
    Teams__TenantId: botTenantId
    Teams__AppPassword: keyVaultReference(keyVaultUri, secretNames.teamsAppPassword)
    Slack__SigningSecret: keyVaultReference(keyVaultUri, secretNames.slackSigningSecret)
    Slack__BotToken: keyVaultReference(keyVaultUri, secretNames.slackBotToken)
    Admin__Bootstrap: adminBootstrap
    // The web view signs people in with the bot's own app registration and secret (docs/deployment.md, the web view).
    WebView__Authority: '${environment().authentication.loginEndpoint}${signInTenantId}/v2.0'
    WebView__ClientId: botAppId
    WebView__ClientSecret: keyVaultReference(keyVaultUri, secretNames.teamsAppPassword)
    WebView__ApplicationIdUri: 'api://${site.properties.defaultHostName}/${botAppId}'
    // App Service ends TLS in front of the app: without the forwarded scheme the sign-in would send Entra an http:// redirect URI
    // and the session cookie could not be SameSite=None; Secure, which the Teams tab's frame needs.
    ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'
  }
}

// azd deploys with an Entra token; FTP and SCM user/password logins stay closed.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
