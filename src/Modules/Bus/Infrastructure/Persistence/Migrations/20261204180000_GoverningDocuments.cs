using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Bus.Infrastructure.Persistence.Migrations;

/// <summary>Governing documents of the groups (local agreement or action plan) with priorities, activities, milestones and follow-ups. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(BusDbContext))]
[Migration("20261204180000_GoverningDocuments")]
internal sealed class GoverningDocuments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE bus.governing_documents (
            id uuid NOT NULL,
            group_id uuid NOT NULL,
            kind character varying(50) NOT NULL,
            period_from date NOT NULL,
            period_to date NOT NULL,
            period_source character varying(300) NOT NULL,
            uses_common_template boolean NOT NULL,
            report_due_on date NOT NULL,
            reported_on date,
            version bigint NOT NULL DEFAULT 1,
            CONSTRAINT pk_governing_documents PRIMARY KEY (id),
            CONSTRAINT fk_governing_documents_groups_group_id FOREIGN KEY (group_id) REFERENCES bus.groups (id) ON DELETE RESTRICT
        );
        CREATE TABLE bus.plan_priorities (
            id uuid NOT NULL,
            "order" integer NOT NULL,
            text character varying(500) NOT NULL,
            document_id uuid NOT NULL,
            CONSTRAINT pk_plan_priorities PRIMARY KEY (id),
            CONSTRAINT fk_plan_priorities_governing_documents_document_id FOREIGN KEY (document_id) REFERENCES bus.governing_documents (id) ON DELETE CASCADE
        );
        CREATE TABLE bus.plan_activities (
            id uuid NOT NULL,
            title character varying(500) NOT NULL,
            owner_organisation_id uuid NOT NULL,
            owner_user_id character varying(200),
            owner_name character varying(200) NOT NULL,
            due_on date NOT NULL,
            completed_on date,
            document_id uuid NOT NULL,
            CONSTRAINT pk_plan_activities PRIMARY KEY (id),
            CONSTRAINT fk_plan_activities_governing_documents_document_id FOREIGN KEY (document_id) REFERENCES bus.governing_documents (id) ON DELETE CASCADE
        );
        CREATE TABLE bus.plan_follow_ups (
            id uuid NOT NULL,
            "on" date NOT NULL,
            note character varying(4000) NOT NULL,
            document_id uuid NOT NULL,
            CONSTRAINT pk_plan_follow_ups PRIMARY KEY (id),
            CONSTRAINT fk_plan_follow_ups_governing_documents_document_id FOREIGN KEY (document_id) REFERENCES bus.governing_documents (id) ON DELETE CASCADE
        );
        CREATE TABLE bus.plan_milestones (
            id uuid NOT NULL,
            title character varying(500) NOT NULL,
            due_on date NOT NULL,
            reached_on date,
            document_id uuid NOT NULL,
            CONSTRAINT pk_plan_milestones PRIMARY KEY (id),
            CONSTRAINT fk_plan_milestones_governing_documents_document_id FOREIGN KEY (document_id) REFERENCES bus.governing_documents (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_plan_priorities_document_id ON bus.plan_priorities (document_id);
        CREATE UNIQUE INDEX ix_governing_documents_group_id_period_from ON bus.governing_documents (group_id, period_from);
        CREATE INDEX ix_plan_activities_document_id ON bus.plan_activities (document_id);
        CREATE INDEX ix_plan_follow_ups_document_id ON bus.plan_follow_ups (document_id);
        CREATE INDEX ix_plan_milestones_document_id ON bus.plan_milestones (document_id);
        """);
}
