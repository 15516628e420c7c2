using Microsoft.AspNetCore.DataProtection;

namespace Samverkan.Host.Security;

/// <summary>
/// One data-protection key ring for every Host of an installation (docs/operations.md): in the database by
/// default, or in a directory every Host mounts (DataProtection:KeysDirectory). The application name is fixed
/// because the framework otherwise derives it from the content root path, which may differ between machines and
/// would keep their cookies apart even with shared keys.
/// </summary>
internal static class SharedDataProtection
{
    public const string Section = "DataProtection";

    public const string ApplicationName = "Samverkan";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName);
        var directory = configuration[$"{Section}:KeysDirectory"];
        if (!string.IsNullOrWhiteSpace(directory))
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(directory));
        }
        else
        {
            var repository = new DatabaseKeyRepository(connectionString);
            builder.AddKeyManagementOptions(options => options.XmlRepository = repository);
        }

        return services;
    }
}
