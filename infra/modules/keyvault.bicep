// Key Vault for the three channel secrets. Access is by Azure RBAC only; the secret values are set
// by an operator after provisioning (docs/deployment.md), never by this template, so a re-run of
// `azd provision` cannot overwrite them.

@minLength(3)
@maxLength(24)
param name string

param location string
param tags object = {}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

output name string = vault.name
output id string = vault.id
output uri string = vault.properties.vaultUri
