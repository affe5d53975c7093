package fixtures;

import com.acme.shop.ChargeRequest;
import com.acme.shop.Email;
import com.acme.shop.EventPublisher;
import com.acme.shop.Mailer;
import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import com.acme.shop.OrderStatus;
import com.acme.shop.PaymentGateway;
import com.acme.shop.ProcessedKeys;
import com.acme.shop.PushNotifier;
import com.acme.shop.SmsGateway;
import com.acme.shop.User;
import com.acme.shop.UserRepository;
import com.acme.shop.WebhookClient;
import dev.errand.Job1;
import dev.errand.Idempotent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.web.client.RestTemplate;

class SendWelcome implements Job1<Long> {
    UserRepository users;
    Mailer mailer;

    @Override
    public void perform(Long userId) {
        User user = users.findById(userId).orElse(null);
        if (user == null) {
            return;
        }
        mailer.send(user.getEmail(), "Welcome", "Hello " + user.getName()); // BUG: ERR003
    }
}

class ChargeOrder implements Job1<Long> {
    OrderRepository orders;
    PaymentGateway payments;
    EventPublisher events;
    KafkaTemplate<String, String> kafka;

    @Override
    public void perform(Long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        if (order.getStatus() != OrderStatus.PENDING) {
            return;
        }
        long cents = order.getAmountCents();
        String paymentId = payments.charge(order.getCustomerId(), cents); // BUG: ERR003
        order.setPaymentId(paymentId);
        events.publish("orders", orderId); // BUG: ERR003
        kafka.send("orders.charged", String.valueOf(orderId)); // BUG: ERR003
    }
}

class Notify implements Job1<Long> {
    PushNotifier push;
    SmsGateway sms;
    WebhookClient webhooks;
    RestTemplate rest;
    MailSender mail;
    HttpClient http;

    @Override
    public void perform(Long userId) throws Exception {
        push.push(userId, "Your parcel is on its way"); // BUG: ERR003
        sms.sendSms("+100", "Your parcel is on its way"); // BUG: ERR003
        webhooks.post("https://example.test/hook", "{}"); // BUG: ERR003
        rest.postForObject("https://example.test/api", userId, String.class); // BUG: ERR003
        mail.send(new SimpleMailMessage()); // BUG: ERR003
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://example.test"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        http.send(request, HttpResponse.BodyHandlers.ofString()); // BUG: ERR003
    }
}

class Billing implements Job1<Long> {
    interface PaymentService {
        void processPayment(Long orderId);
    }

    static final class Charge {
        static Charge create(java.util.Map<String, Object> params) { return new Charge(); }
    }

    PaymentService payments;

    @Override
    public void perform(Long orderId) {
        payments.processPayment(orderId); // BUG: ERR003
        Charge.create(java.util.Map.of("amount", 100)); // BUG: ERR003
    }
}

// Negative: guards, keys, declarations, and reads.
class SendWelcomeOnce implements Job1<Long> {
    UserRepository users;
    Mailer mailer;

    @Override
    public void perform(Long userId) {
        User user = users.findById(userId).orElseThrow();
        if (user.isWelcomeEmailSent()) {
            return;
        }
        mailer.send(user.getEmail(), "Welcome", "Hello");
        user.setWelcomeEmailSent(true);
    }
}

class ReceiptIfNotSent implements Job1<Long> {
    OrderRepository orders;
    Mailer mailer;

    @Override
    public void perform(Long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        if (order.getReceiptSentAt() == null) {
            mailer.send(order.getCustomerEmail(), "Receipt", "Thanks");
        }
    }
}

class ChargeWithKey implements Job1<Long> {
    OrderRepository orders;
    PaymentGateway payments;

    @Override
    public void perform(Long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        ChargeRequest request = ChargeRequest.builder()
                .customerId(order.getCustomerId())
                .amountCents(order.getAmountCents())
                .idempotencyKey("order-" + orderId)
                .build();
        payments.charge(request);
    }
}

class WebhookWithDeliveryId implements Job1<String> {
    WebhookClient webhooks;

    @Override
    public void perform(String jid) {
        webhooks.post("https://example.test/hook", "{}", jid);
    }
}

class ClaimFirst implements Job1<Long> {
    ProcessedKeys processed;
    PushNotifier push;

    @Override
    public void perform(Long userId) {
        if (!processed.claim("reminder:" + userId)) {
            return;
        }
        notifyUser(userId);
    }

    private void notifyUser(Long userId) {
        push.push(userId, "Reminder");
    }
}

@Idempotent(reason = "the SMS provider drops repeats with the same reference within 24 hours")
class DeclaredIdempotent implements Job1<String> {
    SmsGateway sms;

    @Override
    public void perform(String phone) {
        sms.sendSms(phone, "Code");
    }
}

class FetchOnly implements Job1<String> {
    HttpClient http;
    RestTemplate rest;

    @Override
    public void perform(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        http.send(request, HttpResponse.BodyHandlers.ofString());
        rest.getForObject(url, String.class);
        List<String> parts = List.of("a");
        sendNothing(parts);
    }

    private void sendNothing(List<String> parts) {}
}

class InProcessEvents implements Job1<Long> {
    org.springframework.context.ApplicationEventPublisher events;

    @Override
    public void perform(Long orderId) {
        events.publishEvent("order-shipped:" + orderId);
    }
}

class NotAJobService {
    Mailer mailer;

    void welcome(String to) {
        mailer.send(Email.of(to, "Welcome", "Hi"));
    }
}

class HttpMethods implements Job1<String> {
    static final Map<String, Integer> LAST_STATUS = new ConcurrentHashMap<>();
    HttpClient http;
    RestTemplate rest;

    @Override
    public void perform(String url) throws Exception {
        // A put() on a map says nothing about the request: this is a GET.
        HttpRequest get = HttpRequest.newBuilder(URI.create(url)).GET().build();
        LAST_STATUS.put(url, http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode());
        // PUT and DELETE are idempotent by definition.
        HttpRequest put = HttpRequest.newBuilder(URI.create(url))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build();
        http.send(put, HttpResponse.BodyHandlers.discarding());
        rest.exchange(url, HttpMethod.PUT, new HttpEntity<>("{}"), Void.class);
        rest.exchange(url, HttpMethod.DELETE, new HttpEntity<>("{}"), Void.class);
        rest.put(url, "{}");
        rest.delete(url);
    }
}

class HttpWrites implements Job1<String> {
    HttpClient http;
    RestTemplate rest;

    @Override
    public void perform(String url) throws Exception {
        rest.exchange(url, HttpMethod.POST, new HttpEntity<>("{}"), String.class); // BUG: ERR003
        rest.exchange(url, HttpMethod.PATCH, new HttpEntity<>("{}"), String.class); // BUG: ERR003
        http.send(patch(url), HttpResponse.BodyHandlers.discarding()); // BUG: ERR003
    }

    private HttpRequest patch(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).build();
    }
}

class HttpUnknownMethod implements Job1<String> {
    HttpClient http;
    java.util.function.Function<String, HttpRequest> requests;

    @Override
    public void perform(String url) throws Exception {
        http.send(requests.apply(url), HttpResponse.BodyHandlers.discarding()); // BUG: ERR003
    }
}
