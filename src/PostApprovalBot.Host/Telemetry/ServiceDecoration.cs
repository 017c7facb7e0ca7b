namespace PostApprovalBot.Host.Telemetry;

/// <summary>Wraps every registration of a port in a decorator, keeping each one's lifetime (all of ours are singletons).</summary>
public static class ServiceDecoration
{
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(TService) || descriptor.IsKeyedService) continue;
            services[i] = ServiceDescriptor.Describe(typeof(TService), sp => decorate(sp, (TService)Inner(sp, descriptor)), descriptor.Lifetime);
        }
        return services;
    }

    private static object Inner(IServiceProvider sp, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!);
}
