using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Security;

/// <summary>
/// Uploads that lie about what they are: the type comes from the file's own first bytes, never
/// from its name or declared content type; empty and oversized files are refused; a name that
/// tries to climb out of the storage folder is kept only as a label; nothing refused is stored.
/// </summary>
public sealed class HostileUploadTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "script named .pdf", "<script>alert(1)</script>"u8.ToArray(), "statement.pdf" },
        { "HTML declared as PDF", "<!DOCTYPE html><html><body>x</body></html>"u8.ToArray(), "page.pdf" },
        { "GIF/JavaScript polyglot", "GIF89a/*\x00\x00*/=1;alert(1)//"u8.ToArray(), "image.pdf" },
        { "Windows executable", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], "setup.pdf" },
        { "zero bytes", [], "empty.pdf" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task AFileThatIsNotAPdfJpegOrPng_IsRefusedWithAProblem_AndNothingIsStored(string what, byte[] content, string fileName)
    {
        var (staff, application) = await DraftAsync();
        var response = await TestAgency.UploadAsync(staff, application, "incorporation", content, fileName);
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{what}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/licence-applications/{application}", Ct);
        Assert.Empty(detail.GetProperty("documents").EnumerateArray());
    }

    [Fact]
    public async Task AFileOverTheSizeLimit_IsRefused()
    {
        var (staff, application) = await DraftAsync();
        var huge = new byte[11 * 1024 * 1024];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(huge, 0);
        var response = await TestAgency.UploadAsync(staff, application, "incorporation", huge, "huge.pdf");
        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}");
        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/licence-applications/{application}", Ct);
        Assert.Empty(detail.GetProperty("documents").EnumerateArray());
    }

    [Fact]
    public async Task APathTraversalName_IsStoredInsideTheStore_AndServedAsAnAttachmentThatCannotBeSniffed()
    {
        var (staff, application) = await DraftAsync();
        var store = Path.Combine(app.Database.Folder, "files");
        var traversal = Path.GetFullPath(Path.Combine(store, "../../../../etc/passwd.pdf"));
        var before = Directory.GetFiles(store, "*", SearchOption.AllDirectories).Length;
        var response = await TestAgency.UploadAsync(staff, application, "incorporation", TestAgency.Pdf, "../../../../etc/passwd.pdf");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(File.Exists(traversal));
        Assert.Equal(before + 1, Directory.GetFiles(store, "*", SearchOption.AllDirectories).Length);

        var location = response.Headers.Location!.ToString();
        using var download = await staff.GetAsync(location, Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.DoesNotContain("/", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName ?? "");
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private async Task<(HttpClient Staff, Guid Application)> DraftAsync()
    {
        var agency = await TestAgency.CreateAsync(app);
        var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var created = await staff.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "New" }, Ct);
        return (staff, (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
    }
}
