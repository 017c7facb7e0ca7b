// Logs and telemetry: a Log Analytics workspace and a workspace-based Application Insights.

param logAnalyticsName string
param applicationInsightsName string
param location string
param tags object = {}

@description('E-mail addresses called when an alert fires; none: the alerts only show in the portal.')
param alertEmails array = []

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

output logAnalyticsWorkspaceId string = workspace.id
output applicationInsightsName string = applicationInsights.name

// Alerts on the bot's own OpenTelemetry metrics (customMetrics). Every instance reports the same shared outbox, so
// the queries take the maximum, never the sum. They call the action group below when it has somebody to tell.
resource operators 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmails)) {
  name: '${applicationInsightsName}-operators'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'postbot-ops'
    enabled: true
    emailReceivers: [for (email, i) in alertEmails: {
      name: 'operator-${i}'
      emailAddress: email
      useCommonAlertSchema: true
    }]
  }
}

var alertActions = {
  actionGroups: empty(alertEmails) ? [] : [ operators.id ]
}

resource outboxBacklogAlert 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: '${applicationInsightsName}-outbox-backlog'
  location: location
  tags: tags
  properties: {
    displayName: 'PostApprovalBot: outbox backlog older than 5 minutes'
    description: 'A committed change has waited more than 5 minutes for its notifications (bot.outbox.oldest_age). See docs/deployment.md, Monitoring.'
    severity: 2
    enabled: true
    scopes: [ applicationInsights.id ]
    actions: alertActions
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'customMetrics | where name == "bot.outbox.oldest_age" | summarize oldest = max(valueMax) by bin(timestamp, 5m) | where oldest > 300'
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
  }
}

resource parkedNotificationsAlert 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: '${applicationInsightsName}-parked-notifications'
  location: location
  tags: tags
  properties: {
    displayName: 'PostApprovalBot: parked notifications'
    description: 'At least one notification failed 8 times and was parked (bot.outbox.parked); an admin must look. See docs/deployment.md, Monitoring.'
    severity: 2
    enabled: true
    scopes: [ applicationInsights.id ]
    actions: alertActions
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'customMetrics | where name == "bot.outbox.parked" | summarize parked = max(valueMax) by bin(timestamp, 5m) | where parked > 0'
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
  }
}
