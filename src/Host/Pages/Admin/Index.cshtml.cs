using MediatR;
using Microsoft.AspNetCore.Mvc;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.Host.Admin;
using Samverkan.OperativeForums.Application.Features.Directory.ListDistricts;
using Samverkan.OperativeForums.Application.Features.Forums.ListForums;

namespace Samverkan.Host.Pages.Admin;

/// <summary>The forums per district, searchable by name.</summary>
public sealed class IndexModel(IMediator mediator) : AdminPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<DistrictDto> Districts { get; private set; } = [];

    public Page<ForumSummaryDto> Forums { get; private set; } = new([], 1, 50, 0);

    public string DistrictName(string code) => Districts.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    public async Task OnGetAsync()
    {
        Districts = await Mediator.Send(new ListDistricts());
        var district = Districts.Any(d => d.Code == District) ? District : null;
        Forums = await Mediator.Send(new ListForums(district, null, Search, Math.Max(PageNumber, 1), 50));
    }
}
