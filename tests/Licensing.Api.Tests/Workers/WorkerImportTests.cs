using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Security.Claims;
using Licensing.Api.Tests.Support;
using Licensing.Application.Workers;
using Licensing.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Workers;

public abstract class WorkerImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private const string Header = "name_km,name_latin,sex,date_of_birth,national_id,passport_number,province_code,district,commune,village,phone,emergency_contact_name,emergency_contact_phone";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_GoodRowsImported_BadRowsReportedWithReason_RepeatedRowsNotDuplicated()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var (first, second, third) = (NewNationalId(), NewNationalId(), NewNationalId());
        var csv = string.Join("\n",
            "\uFEFF" + Header,
            $"សុខ ចន្ទា,Sok Chanda,F,2000-03-14,{first},,KH-2,Sangkae,Ta Pon,Ta Pon,+855 12 000 001,Sok Dara,+855 12 000 002",
            $"\"កែវ, សុភា\",\"Keo, Sophea\",M,1998-11-02,{second},N{second[..7]},KH-17,Puok,Puok,Puok Chas,+855 12 000 003,Keo Vanna,+855 12 000 004",
            $"ចាន់ ធី,Chan Thy,X,1999-01-01,{NewNationalId()},,KH-1,Mongkol Borei,Ou Prasat,Ou Prasat,+855 12 000 005,Chan Mao,+855 12 000 006",
            $"ហេង ដា,Heng Da,F,01/02/1999,{NewNationalId()},,KH-1,Mongkol Borei,Ou Prasat,Ou Prasat,+855 12 000 007,Heng Sok,+855 12 000 008",
            $"លី មុំ,Ly Mom,F,1997-05-05,{third},,KH-99,Nowhere,Nowhere,Nowhere,+855 12 000 009,Ly Ni,+855 12 000 010",
            $",,F,1997-05-05,{NewNationalId()},,KH-2,Sangkae,Ta Pon,Ta Pon,+855 12 000 011,Someone,+855 12 000 012",
            $"សុខ ចន្ទា,Sok Chanda,F,2000-03-14,{first},,KH-2,Sangkae,Ta Pon,Ta Pon,+855 12 000 001,Sok Dara,+855 12 000 002",
            "");

        var report = await ImportAsync(staff, csv);

        Assert.Equal((2, 1, 4), (report.GetProperty("imported").GetInt32(), report.GetProperty("alreadyRegistered").GetInt32(), report.GetProperty("rejected").GetInt32()));
        var rows = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("number").GetInt32());
        Assert.Equal([4, 5, 6, 7, 8], rows.Keys.Order());
        Assert.Contains("F or M", rows[4].GetProperty("reason").GetString());
        Assert.Contains("yyyy-mm-dd", rows[5].GetProperty("reason").GetString());
        Assert.Contains("province", rows[6].GetProperty("reason").GetString());
        Assert.Contains("Name in Latin script", rows[7].GetProperty("reason").GetString());
        Assert.Equal(("AlreadyRegistered", "The same person as row 2."), (rows[8].GetProperty("status").GetString(), rows[8].GetProperty("reason").GetString()));

        var again = await ImportAsync(staff, csv);
        Assert.Equal((0, 3, 4), (again.GetProperty("imported").GetInt32(), again.GetProperty("alreadyRegistered").GetInt32(), again.GetProperty("rejected").GetInt32()));
        var listed = await staff.GetFromJsonAsync<JsonElement>("/api/v1/workers?pageSize=200", Ct);
        Assert.Equal(2, listed.GetProperty("total").GetInt32());
        var keo = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/workers?search={second}", Ct);
        Assert.Equal("Keo, Sophea", keo.GetProperty("items")[0].GetProperty("nameLatin").GetString());
    }

    [Fact]
    public async Task TheTemplate_InEnglish_IsTheHeaderAlwaysPublished_AndAKhmerHeaderImportsTheSame()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var khmer = ImportWorkers.Header("km");
        var row = $"សុខ ចន្ទា,Sok Chanda,F,2000-03-14,{NewNationalId()},,KH-2,Sangkae,Ta Pon,Ta Pon,+855 12 000 001,Sok Dara,+855 12 000 002";

        var report = await ImportAsync(staff, string.Join("\n", "\uFEFF" + khmer, row));

        Assert.Equal(Header, ImportWorkers.Header("en"));
        Assert.StartsWith("ឈ្មោះ (ខ្មែរ),ឈ្មោះជាអក្សរឡាតាំង,ភេទ,", khmer);
        Assert.Equal((1, 0), (report.GetProperty("imported").GetInt32(), report.GetProperty("rejected").GetInt32()));
    }

    [Theory]
    [InlineData("km", "ភេទ៖ F ឬ M; ថ្ងៃខែឆ្នាំកំណើត៖ yyyy-mm-dd;")]
    [InlineData("en", "sex: F or M; date_of_birth: yyyy-mm-dd;")]
    public async Task TheImportPage_PublishesTheHeader_AndNamesItsColumns_InTheReadersLanguage(string language, string hint)
    {
        using var browser = await CookieBrowser.SignInAsync(app, DemoLogins.AgencyStaff, Ct);

        var page = await browser.GetStringAsync($"/workers/import?culture={language}", Ct);

        Assert.Contains($"<code class=\"changes\">{ImportWorkers.Header(language)}</code>", page);
        Assert.Contains(hint, page);
    }

    [Fact]
    public async Task AFileWithoutTheColumns_IsRefused_NamingThemInTheReadersLanguage()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password, language: "km");

        var response = await PostAsync(staff, Header.Replace("sex,", "gender,") + "\n");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.EndsWith(ImportWorkers.Header("km"), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Import_ReportsMalformedLinesByNumberWithTheReason_AndImportsTheRest()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var good = Enumerable.Range(0, 4).Select(_ => NewNationalId()).ToList();
        var csv = string.Join("\r\n",
            Header,
            Worker("Sok Chanda", good[0]),
            Worker("Wrong Date", NewNationalId(), born: "1999-02-30"),
            $"\"សុខ ចន្ទា,Open Quote,F,2000-03-14,{NewNationalId()},,KH-2,Sangkae,Ta Pon,Ta Pon,+855 12 000 001,Sok Dara,+855 12 000 002",
            Worker("After The Quote", good[1]),
            $"ខ្វះ,Missing Cells,F,2000-03-14,{NewNationalId()},,KH-2",
            Worker("", NewNationalId()),
            $"សុខ,Stray \"Quote,F,2000-03-14,{NewNationalId()},,KH-2,Sangkae,Ta Pon,Ta Pon,+855 12 000 001,Sok Dara,+855 12 000 002",
            "",
            Worker("Keo, \"\"Sophea\"\"", good[2], quoted: true),
            Worker("Last Line", good[3]));

        var report = await ImportAsync(staff, csv);

        Assert.Equal((4, 0, 5), (report.GetProperty("imported").GetInt32(), report.GetProperty("alreadyRegistered").GetInt32(), report.GetProperty("rejected").GetInt32()));
        var reasons = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("number").GetInt32(), r => r.GetProperty("reason").GetString());
        Assert.Equal([3, 4, 6, 7, 8], reasons.Keys);
        Assert.Contains("yyyy-mm-dd", reasons[3]);
        Assert.Contains("quotation mark opens a cell that is never closed", reasons[4]);
        Assert.Contains("not have as many cells", reasons[6]);
        Assert.Contains("Name in Latin script", reasons[7]);
        Assert.Contains("quotation mark is out of place", reasons[8]);
        foreach (var id in good)
        {
            var found = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/workers?search={id}", Ct);
            Assert.Equal(1, found.GetProperty("total").GetInt32());
        }
        var keo = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/workers?search={good[2]}", Ct);
        Assert.Equal("Keo, \"Sophea\"", keo.GetProperty("items")[0].GetProperty("nameLatin").GetString());
    }

    [Fact]
    public async Task Import_InKhmer_GivesTheLineReasonInKhmer()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password, language: "km");

        var report = await ImportAsync(staff, string.Join("\n", Header, $"\"ខ្មែរ,Open Quote,F,2000-03-14,{NewNationalId()},,KH-2,Sangkae,Ta Pon,Ta Pon,1,Sok,2"));

        var row = Assert.Single(report.GetProperty("rows").EnumerateArray());
        Assert.Equal((2, "សញ្ញាសម្រង់បើកក្រឡាមួយ ប៉ុន្តែមិនត្រូវបានបិទនៅលើបន្ទាត់នេះទេ។"), (row.GetProperty("number").GetInt32(), row.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Import_OfAHundredThousandRows_IsReadAsAStreamAndSavedAsItIsRead_ReportingBadRowsByLine()
    {
        const int Rows = 100_000;
        var agency = await TestAgency.CreateAsync(app);
        var prefix = $"G{Random.Shared.Next(10_000, 99_999)}";
        var savedBeforeRead = new List<(int Read, int Saved, long LiveBytes)>();
        var file = new GeneratedWorkersCsv(Header, Rows, i => i switch
        {
            50_000 => Worker("Bad Date", $"{prefix}{i:D6}", born: "14/03/2000"),
            99_998 => $"\"Open quote,F,2000-03-14,{prefix}{i:D6},,KH-2,Sangkae,Ta Pon,Ta Pon,1,Sok,2",
            _ => Worker($"Worker {i}", $"{prefix}{i:D6}"),
        }, every: 10_000, reached: async read =>
        {
            var saved = await app.WithDbAsync(db => db.Workers.CountAsync(w => w.AgencyId == agency.Id, Ct));
            savedBeforeRead.Add((read, saved, GC.GetTotalMemory(forceFullCollection: true)));
        });

        var report = await AsAgencyStaff(agency, (ImportWorkers.Handler import) => import.HandleAsync(file, Ct));

        Assert.Equal((Rows - 2, 0, 2), (report.Imported, report.AlreadyRegistered, report.Rejected));
        Assert.Equal([50_002, 100_000], report.Rows.Select(r => r.Number));
        Assert.Contains("yyyy-mm-dd", report.Rows[0].Reason);
        Assert.All(savedBeforeRead.Skip(1), s => Assert.True(s.Saved >= s.Read - 1_000, $"{s.Saved} saved when {s.Read} rows had been read"));
        foreach (var (read, saved, live) in savedBeforeRead)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{app.Provider}: {read} rows read, {saved} saved, {live / (1024 * 1024)} MB live");
        }
    }

    /// <summary>Runs a use case in-process as the agency's staff, as a request of theirs would.</summary>
    private async Task<T> AsAgencyStaff<THandler, T>(TestAgency agency, Func<THandler, Task<T>> run) where THandler : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        var staffId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == agency.StaffEmail).Select(u => u.Id).SingleAsync(Ct));
        Claim[] claims = [new(ClaimTypes.NameIdentifier, staffId.ToString()), new(ClaimTypes.Email, agency.StaffEmail), new(ScopeClaims.Agency, agency.Id.ToString())];
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) };
        return await run(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    private static string Worker(string nameLatin, string nationalId, string born = "2000-03-14", bool quoted = false) =>
        $"សុខ ចន្ទា,{(quoted ? $"\"{nameLatin}\"" : nameLatin)},F,{born},{nationalId},,KH-2,Sangkae,Ta Pon,Ta Pon,+855 12 000 001,Sok Dara,+855 12 000 002";

    [Fact]
    public async Task Import_WithoutTheHeader_Is422NamingTheColumns_AndWithoutAFile_Is400()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);

        var response = await PostAsync(staff, "name,sex\nSok,F\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("emergency_contact_phone", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsync("/api/v1/workers/import", new MultipartFormDataContent(), Ct)).StatusCode);
    }

    [Fact]
    public async Task Register_TheSamePersonTwice_Is409()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var nationalId = NewNationalId();
        await RegisterAsync(staff, null, nationalId: nationalId);

        var response = await staff.PostAsJsonAsync("/api/v1/workers", new
        {
            nameKm = "ស", nameLatin = "S", sex = "Male", dateOfBirth = "1990-01-01", nationalId = $" {nationalId[..4]}-{nationalId[4..]} ", provinceCode = "KH-2",
            district = "d", commune = "c", village = "v", phone = "012 000 001", emergencyContactName = "e", emergencyContactPhone = "012 000 002",
        }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private static async Task<JsonElement> ImportAsync(HttpClient staff, string csv)
    {
        var response = await PostAsync(staff, csv);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient staff, string csv)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "workers.csv");
        return await staff.PostAsync("/api/v1/workers/import", form, Ct);
    }
}

public sealed class WorkerImportTestsOnSqlite(SqliteApp app) : WorkerImportTests<SqliteApp>(app);

public sealed class WorkerImportTestsOnPostgres(PostgresApp app) : WorkerImportTests<PostgresApp>(app);
