using Samverkan.BuildingBlocks.Infrastructure.Directory;

namespace Samverkan.SocialServices.Infrastructure.Persistence.Configurations;

/// <summary>The organisations' copy in this module's schema (the mapping is the building block's).</summary>
internal sealed class KnownOrganisationCopyConfiguration : KnownOrganisationConfiguration;
