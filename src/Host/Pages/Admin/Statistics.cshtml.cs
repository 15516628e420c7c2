using MediatR;
using Microsoft.AspNetCore.Mvc;
using Samverkan.Host.Admin;
using Samverkan.OperativeForums.Application.Features.Directory.ListDistricts;
using Samverkan.OperativeForums.Application.Features.Meetings.AttendanceStatistics;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.Host.Pages.Admin;

/// <summary>Attendance per forum, term and kind of organisation: who stays away.</summary>
public sealed class StatisticsModel(IMediator mediator) : AdminPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Term { get; set; }

    public IReadOnlyList<DistrictDto> Districts { get; private set; } = [];

    public IReadOnlyList<AttendanceStatisticsRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Districts = await Mediator.Send(new ListDistricts());
        var district = Districts.Any(d => d.Code == District) ? District : null;
        if (!string.IsNullOrWhiteSpace(Term) && !OperativeForums.Domain.Forums.Term.TryParse(Term, out _))
        {
            ModelState.AddModelError(nameof(Term), "Skriv terminen som 2026-VT (vår) eller 2026-HT (höst).");
            return;
        }

        Rows = await Mediator.Send(new GetAttendanceStatistics(district, null, string.IsNullOrWhiteSpace(Term) ? null : Term.Trim().ToUpperInvariant()));
    }
}
