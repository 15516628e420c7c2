using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Migrations;

/// <summary>
/// The optimistic concurrency version of every aggregate, and the "at most one" rules of forums as unique
/// indexes (docs/adr/0010). Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(OperativeForumsDbContext))]
[Migration("20261203080000_AggregateVersions")]
internal sealed class AggregateVersions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddVersionColumns(
            "operative_forums", "deadlines", "districts", "organisations", "forums", "meetings", "calendar_subscriptions",
            "school_contact_persons", "collaboration_agreements");
        // The unique indexes lead with forum_id, so they also serve the foreign key: the plain indexes go.
        migrationBuilder.Sql("""
            DROP INDEX operative_forums.ix_forum_memberships_forum_id;
            DROP INDEX operative_forums.ix_forum_invitations_forum_id;
            CREATE UNIQUE INDEX ux_forum_memberships_active ON operative_forums.forum_memberships (forum_id, organisation_id, member_name)
                NULLS NOT DISTINCT WHERE left_on IS NULL;
            CREATE UNIQUE INDEX ux_forum_invitations_pending ON operative_forums.forum_invitations (forum_id, organisation_id)
                WHERE answer = 'pending';
            """);
    }
}
