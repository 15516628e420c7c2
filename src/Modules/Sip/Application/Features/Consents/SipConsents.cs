using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.Sip.Contracts;
using Samverkan.Sip.Domain.Consents;

namespace Samverkan.Sip.Application.Features.Consents;

/// <summary>The consent check offered to other modules (Sip.Contracts), answering from the same records and rule as SIP's own reads.</summary>
internal sealed class SipConsents(ISipDbContext db, TimeProvider time) : ISipConsents
{
    public async Task<ConsentAnswer> SharingAsync(Guid planId, Guid organisationId, CancellationToken cancellationToken)
    {
        var holder = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.ConvenerOrganisationId }).SingleOrDefaultAsync(cancellationToken);
        if (holder is null)
        {
            return new ConsentAnswer(false, [.. PlanInformation.All]);
        }

        if (holder.ConvenerOrganisationId == organisationId)
        {
            return new ConsentAnswer(true, []);
        }

        var consents = await db.Consents.AsNoTracking().Where(c => c.PlanId == planId).ToListAsync(cancellationToken);
        var sharing = SharingRule.For(consents, organisationId, StockholmCalendar.Today(time));
        return new ConsentAnswer(sharing.Allowed, [.. sharing.Excluded.Order()]);
    }
}
