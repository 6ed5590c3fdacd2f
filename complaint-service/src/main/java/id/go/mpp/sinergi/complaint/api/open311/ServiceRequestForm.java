package id.go.mpp.sinergi.complaint.api.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.go.mpp.sinergi.complaint.api.ComplaintRequests;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.complaint.domain.open311.Open311Refusal;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The form of POST requests ({@code application/x-www-form-urlencoded}, the spec's field names), with its shape
 * rules. complaint-service reads the body itself: UTF-8 unless the Content-Type names another charset (the framework's
 * form reader assumes ISO-8859-1, and leaves a request with a broken escape unanswered), and a broken escape or byte
 * is the spec's 400. lat/long/address_string/address_id, device_id and account_id are taken but not kept.
 */
public record ServiceRequestForm(
        @JsonProperty("jurisdiction_id") @Size(max = 64) String jurisdictionId,
        @JsonProperty("api_key") @Size(max = 200) String apiKey,
        @JsonProperty("service_code") @Size(max = 64) String serviceCode,
        @JsonProperty("lat") @Size(max = 40) String lat,
        @JsonProperty("long") @Size(max = 40) String lon,
        @JsonProperty("address_string") @Size(max = 1000) String addressString,
        @JsonProperty("address_id") @Size(max = 200) String addressId,
        @JsonProperty("email") @Size(max = 254) @Email String email,
        @JsonProperty("device_id") @Size(max = 200) String deviceId,
        @JsonProperty("account_id") @Size(max = 200) String accountId,
        @JsonProperty("first_name") @Size(max = 100) String firstName,
        @JsonProperty("last_name") @Size(max = 100) String lastName,
        @JsonProperty("phone") @Pattern(regexp = "[+0-9 ().-]{6,40}") String phone,
        @JsonProperty("description") @Size(max = ComplaintRequests.TEXT_MAX) String description,
        @JsonProperty("media_url") @Pattern(regexp = ComplaintRequests.MEDIA_URL) String mediaUrl,
        @JsonProperty("attribute[anonim]") String anonymous,
        @JsonProperty("attribute[rahasia]") String confidential) {

    public static final String MEDIA_TYPE = "application/x-www-form-urlencoded";

    /** More fields than the spec has, with room for unknown ones a client may send. */
    static final int MAX_FIELDS = 100;

    /** The spec's name of a component ({@code firstName} → {@code first_name}), for refusals. */
    static String fieldName(String component) {
        return switch (component) {
            case "lon" -> "long";
            case "anonymous" -> "attribute[anonim]";
            case "confidential" -> "attribute[rahasia]";
            default -> component.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        };
    }

    /** The form in {@code body} sent with {@code contentType}; the first value of a field given twice counts. */
    static ServiceRequestForm read(String contentType, byte[] body) {
        Map<String, String> fields = fields(charset(contentType, body), body == null ? new byte[0] : body);
        return new ServiceRequestForm(fields.get("jurisdiction_id"), fields.get("api_key"), fields.get("service_code"),
                fields.get("lat"), fields.get("long"), fields.get("address_string"), fields.get("address_id"),
                fields.get("email"), fields.get("device_id"), fields.get("account_id"), fields.get("first_name"),
                fields.get("last_name"), fields.get("phone"), fields.get("description"), fields.get("media_url"),
                fields.get("attribute[anonim]"), fields.get("attribute[rahasia]"));
    }

    private static Charset charset(String contentType, byte[] body) {
        if (contentType == null || contentType.isBlank()) {
            if (body == null || body.length == 0) {
                return StandardCharsets.UTF_8;
            }
            throw notAForm();
        }
        String[] parts = contentType.split(";");
        if (!MEDIA_TYPE.equalsIgnoreCase(parts[0].strip())) {
            throw notAForm();
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && "charset".equalsIgnoreCase(parameter[0].strip())) {
                String name = parameter[1].strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw Open311Refusal.badRequest(LocalizedText.of("charset %s tidak dikenal",
                            "unknown charset %s").formatted(name.length() > 40 ? name.substring(0, 40) : name));
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Map<String, String> fields(Charset charset, byte[] body) {
        Map<String, String> fields = new HashMap<>();
        int count = 0;
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i < body.length && body[i] != '&') {
                continue;
            }
            if (i > start) {
                if (++count > MAX_FIELDS) {
                    throw Open311Refusal.badRequest(LocalizedText.of("formulir memuat terlalu banyak isian",
                            "the form has too many fields"));
                }
                int equals = start;
                while (equals < i && body[equals] != '=') {
                    equals++;
                }
                String name = decode(body, start, equals, charset);
                String value = equals < i ? decode(body, equals + 1, i, charset) : "";
                fields.putIfAbsent(name, value);
            }
            start = i + 1;
        }
        return fields;
    }

    /** Percent-decoding ({@code +} is a space) then strict decoding of the bytes in the charset. */
    private static String decode(byte[] body, int from, int to, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%') {
                if (i + 2 >= to || Character.digit(body[i + 1], 16) < 0 || Character.digit(body[i + 2], 16) < 0) {
                    throw Open311Refusal.badRequest(LocalizedText.of(
                            "formulir tidak dapat dibaca: setiap % harus diikuti dua digit heksadesimal",
                            "the form cannot be read: every % must be followed by two hexadecimal digits"));
                }
                bytes.write(Character.digit(body[i + 1], 16) * 16 + Character.digit(body[i + 2], 16));
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw Open311Refusal.badRequest(LocalizedText.of("formulir tidak dapat dibaca: teks bukan %s",
                    "the form cannot be read: its text is not %s").formatted(charset.name()));
        }
    }

    private static Open311Refusal notAForm() {
        return Open311Refusal.badRequest(LocalizedText.of(
                "POST requests menerima formulir application/x-www-form-urlencoded",
                "POST requests takes a form, application/x-www-form-urlencoded"));
    }
}
