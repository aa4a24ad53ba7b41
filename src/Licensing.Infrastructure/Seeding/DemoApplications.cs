using System.Text;
using Licensing.Application.Abstractions;
using Licensing.Domain.Agencies;
using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Documents;

namespace Licensing.Infrastructure.Seeding;

/// <summary>Three fictitious applicant agencies whose submitted applications wait in the licensing officers' queue.</summary>
public static class DemoApplications
{
    private static readonly (string En, string Km, string Province)[] Applicants =
    [
        ("Preah Vihear Workforce Co., Ltd.", "ក្រុមហ៊ុន ព្រះវិហារ វើកហ្វ័រ ឯ.ក", "KH-13"),
        ("Kampot Pepper Manpower Co., Ltd.", "ក្រុមហ៊ុន ម្រេចកំពត ម៉ែនផៅវើ ឯ.ក", "KH-7"),
        ("Siem Reap Overseas Jobs Co., Ltd.", "ក្រុមហ៊ុន សៀមរាប ការងារក្រៅប្រទេស ឯ.ក", "KH-17"),
    ];

    public static async Task<IReadOnlyList<(Agency Agency, LicenceApplication Application)>> CreateAsync(
        IFileStore files, IReadOnlyList<string> requiredCodes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = new List<(Agency, LicenceApplication)>();
        for (var i = 0; i < Applicants.Length; i++)
        {
            var (en, km, province) = Applicants[i];
            var agency = new Agency(new LocalizedText(km, en), $"{20001 + i:D8}", $"L002-{200000000 + i:D9}",
                new Address($"No. {10 + i}, National Road {i + 5}", province), $"+855 12 {300 + i} {400 + i}", $"apply{i + 1}@applicant.example", $"Applicant director {i + 1} (fictitious)");
            agency.AddTrainingCentre("PDOT Centre", new Address($"No. {20 + i}, Street {100 + i}", province), 40);

            var applicant = new Actor(null, $"apply{i + 1}@applicant.example", now.AddDays(-(i + 1) * 6));
            var application = LicenceApplication.StartNew(agency.Id, applicant);
            application.Fill(new ApplicationDetails($"Applicant {i + 1}", $"+855 12 {300 + i} {400 + i}", "TH,KR", 100_000m, "We apply for a licence to recruit and send workers."));
            foreach (var code in requiredCodes)
            {
                var content = Encoding.ASCII.GetBytes($"%PDF-1.4\n% demo document {code}\n%%EOF\n");
                var stored = await files.SaveAsync(new MemoryStream(content), $"{code}.pdf", content.Length, cancellationToken);
                application.AttachDocument(code, stored, applicant);
            }
            application.Submit(requiredCodes, "Please review our application.", applicant);
            result.Add((agency, application));
        }
        return result;
    }
}
