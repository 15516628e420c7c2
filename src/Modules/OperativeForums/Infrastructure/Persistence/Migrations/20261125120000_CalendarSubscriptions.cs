using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Migrations;

/// <summary>Subscriptions of calendar programs to a forum's feed, by the hash of the secret in the feed's address.</summary>
[DbContext(typeof(OperativeForumsDbContext))]
[Migration("20261125120000_CalendarSubscriptions")]
internal sealed class CalendarSubscriptions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE operative_forums.calendar_subscriptions (
                id uuid NOT NULL,
                forum_id uuid NOT NULL,
                user_id character varying(200) NOT NULL,
                organisation_id uuid NOT NULL,
                token_hash bytea NOT NULL,
                created_at timestamp with time zone NOT NULL,
                expires_on date NOT NULL,
                revoked_at timestamp with time zone,
                CONSTRAINT pk_calendar_subscriptions PRIMARY KEY (id),
                CONSTRAINT fk_calendar_subscriptions_forums_forum_id FOREIGN KEY (forum_id) REFERENCES operative_forums.forums (id) ON DELETE CASCADE
            );

            CREATE UNIQUE INDEX ix_calendar_subscriptions_token_hash ON operative_forums.calendar_subscriptions (token_hash);
            CREATE INDEX ix_calendar_subscriptions_forum_id_user_id ON operative_forums.calendar_subscriptions (forum_id, user_id);
            """);
    }
}
