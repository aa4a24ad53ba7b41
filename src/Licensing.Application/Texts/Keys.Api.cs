namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the API endpoints: field names, notices and their messages.</summary>
public static partial class Keys
{
    public const string CursorBeyondTheFeed = "api.cursor_beyond_the_feed";
    public const string HasAtMostCharacters = "api.has_at_most_characters";
    public const string MustBeADateFromTo = "api.must_be_a_date_from_to";
    public const string MustBeAWholeNumberFrom = "api.must_be_a_whole_number_from";
    public const string SendOneCsvFileAsFile = "api.send_one_csv_file_as_file";
    public const string SendOneFileAsFileAnd = "api.send_one_file_as_file_and";
    public const string SendOnePhotoOrPdfAsFile = "api.send_one_photo_or_pdf_as_file";
    public const string SendThePhotoAsFileMultipart = "api.send_the_photo_as_file_multipart";
    public const string SendTheSignedContractAsFile = "api.send_the_signed_contract_as_file";
}
