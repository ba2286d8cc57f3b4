package org.frontline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FrontlineApplication {
    public static void main(String[] args) {
        SpringApplication.run(FrontlineApplication.class, args);
    }
}
