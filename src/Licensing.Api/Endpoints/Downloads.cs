using Licensing.Domain.Documents;

namespace Licensing.Api.Endpoints;

/// <summary>Tells the API description what a download, written by the endpoint itself, answers: a binary body of these media types.</summary>
public static class Downloads
{
    public const string CsvType = "text/csv";
    public const string PdfType = "application/pdf";
    public const string EventStreamType = "text/event-stream";

    public static RouteHandlerBuilder ProducesDownload(this RouteHandlerBuilder endpoint, params IReadOnlyList<string> contentTypes) =>
        endpoint.Produces(StatusCodes.Status200OK, typeof(Stream), contentTypes[0], [.. contentTypes.Skip(1)]);

    /// <summary>A stored evidence document: any of the types <see cref="DocumentType"/> accepts.</summary>
    public static RouteHandlerBuilder ProducesStoredDocument(this RouteHandlerBuilder endpoint) => endpoint.ProducesDownload(DocumentType.ContentTypes);
}
