using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Directory;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Configurations;

/// <summary>The districts' copy in this module's schema (the mapping is the building block's).</summary>
internal sealed class KnownDistrictCopyConfiguration : KnownDistrictConfiguration;

/// <summary>The organisations' copy in this module's schema (the mapping is the building block's).</summary>
internal sealed class KnownOrganisationCopyConfiguration : KnownOrganisationConfiguration;
