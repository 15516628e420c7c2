using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Application.Features.Catalogues;
using Samverkan.Bus.Domain.Cases;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Groups;
using Samverkan.Sip.Contracts;

namespace Samverkan.Bus.Application.Features.Cases;

public sealed record ChildIdentityDto(string Name, string? PersonalIdentityNumber);

/// <summary>
/// An individual case of the group. <c>Child</c> is set only for a named case, only for a caller whose organisation
/// is a party of the group and, when the case is named on consent, only while SIP's consent covers that
/// organisation; otherwise <c>IdentityWithheld</c> says why ("not-a-party", "consent-not-valid").
/// </summary>
public sealed record IndividualCaseDto(
    Guid Id, Guid GroupId, DateOnly RaisedOn, string Description, IReadOnlyList<string> PartyKinds, string Ground, Guid? SipPlanId,
    string? LegalBasisCode, string? LegalBasisName, string? LegalBasisConfirmedBy, DateOnly? LegalBasisConfirmedOn, string? Outcome, DateOnly? ClosedOn,
    ChildIdentityDto? Child, string? IdentityWithheld);

/// <summary>
/// Raises a case in the group: anonymous (no identity at all), named on a consent recorded in SIP (checked through
/// Sip.Contracts: it must let SIP share the child's identity with another party of the group), or named on a legal
/// basis from the catalogue with who confirmed it and when.
/// </summary>
internal sealed record RaiseCase(
    Guid GroupId, DateOnly RaisedOn, string Description, IReadOnlyList<string> PartyKinds, string Ground, Guid? SipPlanId, string? ChildName, string? ChildPersonalIdentityNumber,
    string? LegalBasisCode, string? LegalBasisConfirmedBy, DateOnly? LegalBasisConfirmedOn) : ICommand<Guid>;

internal sealed record CloseCase(Guid GroupId, Guid CaseId, string Outcome, DateOnly? ClosedOn) : ICommand<Guid>;

internal sealed record ListCases(Guid GroupId) : IQuery<IReadOnlyList<IndividualCaseDto>>;

internal sealed record GetCase(Guid GroupId, Guid CaseId) : IQuery<IndividualCaseDto>;

internal sealed class RaiseCaseHandler(IBusDbContext db, ICurrentUser user, TimeProvider time, ISipConsents consents) : ICommandHandler<RaiseCase, Guid>
{
    public async Task<Guid> Handle(RaiseCase command, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(command.GroupId, user, cancellationToken);
        var today = StockholmCalendar.Today(time);
        if (command.RaisedOn > today)
        {
            throw new BusinessRuleViolationException("Raised on", "A case is recorded on or after the day it was raised.");
        }

        if (!group.ExistsOn(command.RaisedOn))
        {
            throw new BusinessRuleViolationException("Group exists", $"The group did not exist on {command.RaisedOn:yyyy-MM-dd}.");
        }

        var seats = group.Seats.Select(s => s.PartyKind).ToHashSet();
        if (command.PartyKinds.FirstOrDefault(p => !seats.Contains(p)) is { } unknown)
        {
            throw new BusinessRuleViolationException("Parties", $"'{unknown}' is not a party of the group.");
        }

        var description = command.Description.Trim();
        IndividualCase raised;
        switch (command.Ground)
        {
            case IndividualCase.Anonymous:
                if (command.ChildName is not null || command.ChildPersonalIdentityNumber is not null || command.LegalBasisCode is not null)
                {
                    throw new BusinessRuleViolationException("Anonymous", "An anonymous case holds no identity and no legal basis: name it on consent or on a legal basis instead.");
                }

                raised = IndividualCase.RaiseAnonymous(group.Id, command.RaisedOn, description, command.PartyKinds, user.UserId, command.SipPlanId);
                break;
            case IndividualCase.Consent:
                var plan = command.SipPlanId ?? throw new BusinessRuleViolationException("SIP plan", "A case named on consent names the SIP whose consent is recorded.");
                if (!await CaseIdentity.ConsentCoversAnotherPartyAsync(consents, plan, group, user.OrganisationId, cancellationToken))
                {
                    throw new BusinessRuleViolationException("Consent", "No valid consent recorded in the SIP lets the child's identity be shared with another party of the group.");
                }

                raised = IndividualCase.RaiseNamedByConsent(group.Id, command.RaisedOn, description, command.PartyKinds, user.UserId, plan, command.ChildName?.Trim() ?? string.Empty, command.ChildPersonalIdentityNumber?.Trim());
                break;
            case IndividualCase.LegalBasis:
                var bases = await db.NamesAsync(CatalogueEntry.LegalBases, cancellationToken);
                if (command.LegalBasisCode is null || !bases.ContainsKey(command.LegalBasisCode))
                {
                    throw new BusinessRuleViolationException("Legal basis", $"A case named on a legal basis names one of the catalogue's: {string.Join(", ", bases.Keys)}.");
                }

                if (string.IsNullOrWhiteSpace(command.LegalBasisConfirmedBy) || command.LegalBasisConfirmedOn is null)
                {
                    throw new BusinessRuleViolationException("Legal basis confirmed by", "A legal basis is recorded with who confirmed it and when.");
                }

                raised = IndividualCase.RaiseNamedByLegalBasis(
                    group.Id, command.RaisedOn, description, command.PartyKinds, user.UserId, command.SipPlanId, command.ChildName?.Trim() ?? string.Empty, command.ChildPersonalIdentityNumber?.Trim(),
                    command.LegalBasisCode, command.LegalBasisConfirmedBy.Trim(), command.LegalBasisConfirmedOn.Value);
                break;
            default:
                throw new BusinessRuleViolationException("Ground", $"A case is one of {string.Join(", ", IndividualCase.Grounds)}.");
        }

        db.IndividualCases.Add(raised);
        if (raised.IsNamed)
        {
            db.AddAuditEntry(new AuditRecord(CaseIdentity.SubjectType, raised.Id, "named-case-recorded", $"BUS case named on {raised.Ground}"));
        }

        return raised.Id;
    }
}

internal sealed class CloseCaseHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<CloseCase, Guid>
{
    public async Task<Guid> Handle(CloseCase command, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(command.GroupId, user, cancellationToken);
        var c = await db.IndividualCases.SingleOrDefaultAsync(x => x.Id == command.CaseId && x.GroupId == group.Id, cancellationToken)
            ?? throw new NotFoundException($"No case {command.CaseId} in the group.");
        var today = StockholmCalendar.Today(time);
        var on = command.ClosedOn ?? today;
        if (on > today)
        {
            throw new BusinessRuleViolationException("Closed on", "A case is closed on or before today.");
        }

        c.Close(command.Outcome.Trim(), on);
        if (c.IsNamed)
        {
            db.AddAuditEntry(new AuditRecord(CaseIdentity.SubjectType, c.Id, "named-case-closed"));
        }

        return c.Id;
    }
}

internal sealed class ListCasesHandler(IBusDbContext db, ICurrentUser user, ISipConsents consents) : IQueryHandler<ListCases, IReadOnlyList<IndividualCaseDto>>
{
    public async Task<IReadOnlyList<IndividualCaseDto>> Handle(ListCases query, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(query.GroupId, user, cancellationToken);
        var cases = await db.IndividualCases.AsNoTracking().Where(c => c.GroupId == group.Id).OrderByDescending(c => c.RaisedOn).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var bases = await db.NamesAsync(CatalogueEntry.LegalBases, cancellationToken);
        var result = new List<IndividualCaseDto>(cases.Count);
        foreach (var c in cases)
        {
            result.Add(await CaseIdentity.ToDtoAsync(db, c, group, user, consents, bases, cancellationToken));
        }

        return result;
    }
}

internal sealed class GetCaseHandler(IBusDbContext db, ICurrentUser user, ISipConsents consents) : IQueryHandler<GetCase, IndividualCaseDto>
{
    public async Task<IndividualCaseDto> Handle(GetCase query, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(query.GroupId, user, cancellationToken);
        var c = await db.IndividualCases.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.CaseId && x.GroupId == group.Id, cancellationToken)
            ?? throw new NotFoundException($"No case {query.CaseId} in the group.");
        return await CaseIdentity.ToDtoAsync(db, c, group, user, consents, await db.NamesAsync(CatalogueEntry.LegalBases, cancellationToken), cancellationToken);
    }
}

/// <summary>Who sees a named case's child: the organisations of the group's parties, and on consent only while SIP's consent covers them.</summary>
internal static class CaseIdentity
{
    public const string SubjectType = "bus-case";

    public const string NotAParty = "not-a-party";
    public const string ConsentNotValid = "consent-not-valid";

    /// <summary>The organisations that are parties of the group: holders of its seats and its represented independent providers.</summary>
    public static IReadOnlySet<Guid> PartyOrganisations(BusGroup group) =>
        group.Seats.Where(s => s.RepresentativeOrganisationId is not null).Select(s => s.RepresentativeOrganisationId!.Value)
            .Concat(group.IndependentProviders.Where(p => p.Status == IndependentProvider.Represented).Select(p => p.OrganisationId))
            .ToHashSet();

    public static async Task<bool> SharesChildAsync(ISipConsents consents, Guid planId, Guid organisationId, CancellationToken cancellationToken)
    {
        var answer = await consents.SharingAsync(planId, organisationId, cancellationToken);
        return answer.Allowed && !answer.Excluded.Contains("child");
    }

    /// <summary>
    /// The plan's convener is always allowed by SIP, so a consent is proven only by another party of the group being
    /// covered: without one, a case named "on consent" would rest on no consent at all.
    /// </summary>
    public static async Task<bool> ConsentCoversAnotherPartyAsync(ISipConsents consents, Guid planId, BusGroup group, Guid recorder, CancellationToken cancellationToken)
    {
        foreach (var organisation in PartyOrganisations(group).Where(o => o != recorder))
        {
            if (await SharesChildAsync(consents, planId, organisation, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    public static async Task<IndividualCaseDto> ToDtoAsync(
        IBusDbContext db, IndividualCase c, BusGroup group, ICurrentUser user, ISipConsents consents, IReadOnlyDictionary<string, string> bases, CancellationToken cancellationToken)
    {
        ChildIdentityDto? child = null;
        string? withheld = null;
        if (c.IsNamed)
        {
            if (!PartyOrganisations(group).Contains(user.OrganisationId))
            {
                withheld = NotAParty;
            }
            else if (c.Ground == IndividualCase.Consent && !await SharesChildAsync(consents, c.SipPlanId!.Value, user.OrganisationId, cancellationToken))
            {
                withheld = ConsentNotValid;
            }
            else
            {
                child = new ChildIdentityDto(c.ChildName!, c.ChildPersonalIdentityNumber);
                db.AddAuditEntry(new AuditRecord(SubjectType, c.Id, "named-case-read"));
            }
        }

        return new IndividualCaseDto(
            c.Id, c.GroupId, c.RaisedOn, c.Description, c.PartyKinds, c.Ground, c.SipPlanId, c.LegalBasisCode,
            c.LegalBasisCode is null ? null : bases.GetValueOrDefault(c.LegalBasisCode, c.LegalBasisCode), c.LegalBasisConfirmedBy, c.LegalBasisConfirmedOn, c.Outcome, c.ClosedOn,
            child, withheld);
    }
}

internal sealed class RaiseCaseValidator : AbstractValidator<RaiseCase>
{
    public RaiseCaseValidator()
    {
        RuleFor(c => c.Description).NotEmpty().MaximumLength(InputBounds.ShortText);
        RuleFor(c => c.PartyKinds).NotEmpty().Must(p => p is null || p.Count <= InputBounds.ListItems).WithMessage($"At most {InputBounds.ListItems} parties.");
        RuleForEach(c => c.PartyKinds).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.Ground).NotEmpty().Must(g => IndividualCase.Grounds.Contains(g)).WithMessage($"One of {string.Join(", ", IndividualCase.Grounds)}.");
        RuleFor(c => c.ChildName).MaximumLength(InputBounds.Name);
        RuleFor(c => c.ChildName).NotEmpty().When(c => c.Ground is IndividualCase.Consent or IndividualCase.LegalBasis).WithMessage("A named case names the child.");
        RuleFor(c => c.ChildPersonalIdentityNumber).MaximumLength(InputBounds.PersonalIdentityNumber);
        RuleFor(c => c.LegalBasisCode).MaximumLength(InputBounds.Code);
        RuleFor(c => c.LegalBasisConfirmedBy).MaximumLength(InputBounds.Name);
    }
}

internal sealed class CloseCaseValidator : AbstractValidator<CloseCase>
{
    public CloseCaseValidator() => RuleFor(c => c.Outcome).NotEmpty().MaximumLength(InputBounds.ShortText);
}
