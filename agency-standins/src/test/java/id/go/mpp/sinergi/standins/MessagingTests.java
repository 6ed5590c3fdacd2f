package id.go.mpp.sinergi.standins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessagingTests {

    static final String AUTH = "Bearer messaging-dev";
    final List<String> log = new CopyOnWriteArrayList<>();
    StandIns standIns;

    @BeforeEach
    void start() {
        standIns = StandIns.start(StandInsConfig.builder().requestLog(log::add).build());
    }

    @AfterEach
    void stop() {
        standIns.close();
    }

    String messages() {
        return standIns.messagingUrl() + "/messaging/v1/messages";
    }

    Client.Answer send(String json) throws Exception {
        return Client.post(messages(), json, "Content-Type", "application/json", "Authorization", AUTH);
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameMessageAndSendsOnce() throws Exception {
        String msg = "{\"to\":\"+6281234567889\",\"channel\":\"WHATSAPP\",\"template\":\"antrian_dekat\","
                + "\"params\":{\"nomor\":\"A-012\",\"sisa\":\"3\"},\"idempotencyKey\":\"ticket-1-near\"}";
        Client.Answer first = send(msg);
        Client.Answer again = send(msg);
        Client.Answer other = send(msg.replace("ticket-1-near", "ticket-2-near"));

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("messageId").asText()).isEqualTo(first.json().get("messageId").asText());
        assertThat(other.json().get("messageId").asText()).isNotEqualTo(first.json().get("messageId").asText());

        JsonNode sent = Client.get(messages() + "?to=+6281234567889", "Authorization", AUTH).json().get("messages");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).get("channel").asText()).isEqualTo("WHATSAPP");
        assertThat(sent.get(0).get("template").asText()).isEqualTo("antrian_dekat");
        assertThat(sent.get(0).get("params").get("nomor").asText()).isEqualTo("A-012");
        assertThat(Client.get(messages() + "?to=%2B6281234567889", "Authorization", AUTH).json().get("messages"))
                .hasSize(2);
        assertThat(Client.get(messages() + "?to=%2B6289999999999", "Authorization", AUTH).json().get("messages"))
                .isEmpty();
        assertThat(standIns.stats(StandIns.MESSAGING)).containsEntry("messagesAccepted", 2L)
                .containsEntry("duplicatesAvoided", 1L);

        assertThat(log).anySatisfy(l -> assertThat(l).contains("to=+6281*******89"));
        assertThat(log).noneSatisfy(l -> assertThat(l).contains("6281234567889"));
    }

    @Test
    void smsWithPlainTextWithoutKey() throws Exception {
        Client.Answer a = send("{\"to\":\"+628111222333\",\"channel\":\"SMS\",\"text\":\"Paspor Anda siap diambil\"}");
        assertThat(a.status()).isEqualTo(202);
        assertThat(a.json().get("messageId").asText()).startsWith("msg-");
    }

    @Test
    void invalidMessagesAndWrongTokensAreRefused() throws Exception {
        assertThat(send("{\"to\":\"081234567889\",\"channel\":\"SMS\",\"text\":\"x\"}").status()).isEqualTo(400);
        assertThat(send("{\"to\":\"+6281234567889\",\"channel\":\"TELEGRAM\",\"text\":\"x\"}").status())
                .isEqualTo(400);
        Client.Answer noContent = send("{\"to\":\"+6281234567889\",\"channel\":\"SMS\"}");
        assertThat(noContent.status()).isEqualTo(400);
        assertThat(noContent.json().get("error").get("code").asText()).isEqualTo("invalid_request");

        Client.Answer wrong = Client.post(messages(), "{\"to\":\"+6281234567889\",\"channel\":\"SMS\",\"text\":\"x\"}",
                "Authorization", "Bearer other");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(Client.get(messages()).status()).isEqualTo(401);
        assertThat(standIns.stats(StandIns.MESSAGING)).containsEntry("messagesAccepted", 0L);
    }
}
