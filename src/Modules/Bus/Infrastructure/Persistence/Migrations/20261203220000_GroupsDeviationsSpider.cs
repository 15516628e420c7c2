using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Bus.Infrastructure.Persistence.Migrations;

/// <summary>
/// Local BUS groups with coverage over time and representation, deviations with their local path, spider
/// measurements, and the locally added catalogue entries (built-in ones live in code). Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(BusDbContext))]
[Migration("20261203220000_GroupsDeviationsSpider")]
internal sealed class GroupsDeviationsSpider : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE bus.catalogue_entries (
            catalogue character varying(50) NOT NULL,
            code character varying(50) NOT NULL,
            name character varying(200) NOT NULL,
            source character varying(300) NOT NULL,
            scale_max integer,
            CONSTRAINT pk_catalogue_entries PRIMARY KEY (catalogue, code)
        );
        CREATE TABLE bus.groups (
            id uuid NOT NULL,
            name character varying(200) NOT NULL,
            starts_on date NOT NULL,
            closed_on date,
            split_from uuid,
            version bigint NOT NULL DEFAULT 1,
            CONSTRAINT pk_groups PRIMARY KEY (id)
        );
        CREATE TABLE bus.coverage_periods (
            id uuid NOT NULL,
            area_kind character varying(50) NOT NULL,
            area_code character varying(50) NOT NULL,
            "from" date NOT NULL,
            "to" date,
            group_id uuid NOT NULL,
            CONSTRAINT pk_coverage_periods PRIMARY KEY (id),
            CONSTRAINT fk_coverage_periods_groups_group_id FOREIGN KEY (group_id) REFERENCES bus.groups (id) ON DELETE CASCADE
        );
        CREATE TABLE bus.deviations (
            id uuid NOT NULL,
            group_id uuid NOT NULL,
            category_code character varying(50) NOT NULL,
            district_code character varying(50) NOT NULL,
            reporting_organisation_id uuid NOT NULL,
            concerned_organisation_ids uuid[] NOT NULL,
            description character varying(4000) NOT NULL,
            occurred_on date NOT NULL,
            reported_on date NOT NULL,
            source character varying(50) NOT NULL,
            source_reference uuid,
            reporter_user_id character varying(200),
            respond_by date,
            stage character varying(50) NOT NULL,
            outcome character varying(50),
            outcome_note character varying(4000),
            closed_on date,
            free_text_released_on date,
            free_text_released_by character varying(200),
            version bigint NOT NULL DEFAULT 1,
            CONSTRAINT pk_deviations PRIMARY KEY (id),
            CONSTRAINT fk_deviations_groups_group_id FOREIGN KEY (group_id) REFERENCES bus.groups (id) ON DELETE RESTRICT
        );
        CREATE TABLE bus.independent_providers (
            id uuid NOT NULL,
            organisation_id uuid NOT NULL,
            name character varying(200) NOT NULL,
            kind character varying(50) NOT NULL,
            status character varying(50) NOT NULL,
            status_since date NOT NULL,
            group_id uuid NOT NULL,
            CONSTRAINT pk_independent_providers PRIMARY KEY (id),
            CONSTRAINT fk_independent_providers_groups_group_id FOREIGN KEY (group_id) REFERENCES bus.groups (id) ON DELETE CASCADE
        );
        CREATE TABLE bus.seats (
            id uuid NOT NULL,
            party_kind character varying(50) NOT NULL,
            representative_organisation_id uuid,
            representative_name character varying(200),
            represented_since date,
            group_id uuid NOT NULL,
            CONSTRAINT pk_seats PRIMARY KEY (id),
            CONSTRAINT fk_seats_groups_group_id FOREIGN KEY (group_id) REFERENCES bus.groups (id) ON DELETE CASCADE
        );
        CREATE TABLE bus.spider_measurements (
            id uuid NOT NULL,
            group_id uuid NOT NULL,
            measured_on date NOT NULL,
            version bigint NOT NULL DEFAULT 1,
            CONSTRAINT pk_spider_measurements PRIMARY KEY (id),
            CONSTRAINT fk_spider_measurements_groups_group_id FOREIGN KEY (group_id) REFERENCES bus.groups (id) ON DELETE RESTRICT
        );
        CREATE TABLE bus.deviation_steps (
            id uuid NOT NULL,
            stage character varying(50) NOT NULL,
            "on" date NOT NULL,
            by_user_id character varying(200),
            deviation_id uuid NOT NULL,
            CONSTRAINT pk_deviation_steps PRIMARY KEY (id),
            CONSTRAINT fk_deviation_steps_deviations_deviation_id FOREIGN KEY (deviation_id) REFERENCES bus.deviations (id) ON DELETE CASCADE
        );
        CREATE TABLE bus.spider_agreed_values (
            id uuid NOT NULL,
            axis_code character varying(50) NOT NULL,
            value integer NOT NULL,
            measurement_id uuid NOT NULL,
            CONSTRAINT pk_spider_agreed_values PRIMARY KEY (id),
            CONSTRAINT fk_spider_agreed_values_spider_measurements_measurement_id FOREIGN KEY (measurement_id) REFERENCES bus.spider_measurements (id) ON DELETE CASCADE
        );
        CREATE TABLE bus.spider_ratings (
            id uuid NOT NULL,
            axis_code character varying(50) NOT NULL,
            party_kind character varying(50) NOT NULL,
            value integer NOT NULL,
            measurement_id uuid NOT NULL,
            CONSTRAINT pk_spider_ratings PRIMARY KEY (id),
            CONSTRAINT fk_spider_ratings_spider_measurements_measurement_id FOREIGN KEY (measurement_id) REFERENCES bus.spider_measurements (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_coverage_periods_area_kind_area_code ON bus.coverage_periods (area_kind, area_code);
        CREATE INDEX ix_coverage_periods_group_id ON bus.coverage_periods (group_id);
        CREATE INDEX ix_deviation_steps_deviation_id ON bus.deviation_steps (deviation_id);
        CREATE INDEX ix_deviations_group_id_reported_on ON bus.deviations (group_id, reported_on);
        CREATE INDEX ix_deviations_reported_on ON bus.deviations (reported_on);
        CREATE UNIQUE INDEX ix_deviations_source_reference ON bus.deviations (source_reference) WHERE source_reference IS NOT NULL;
        CREATE UNIQUE INDEX ix_groups_name ON bus.groups (name);
        CREATE UNIQUE INDEX ix_independent_providers_group_id_organisation_id ON bus.independent_providers (group_id, organisation_id);
        CREATE UNIQUE INDEX ix_seats_group_id_party_kind ON bus.seats (group_id, party_kind);
        CREATE INDEX ix_spider_agreed_values_measurement_id ON bus.spider_agreed_values (measurement_id);
        CREATE UNIQUE INDEX ix_spider_measurements_group_id_measured_on ON bus.spider_measurements (group_id, measured_on);
        CREATE INDEX ix_spider_ratings_measurement_id ON bus.spider_ratings (measurement_id);
        """);
}
