CREATE TABLE users (id int);
