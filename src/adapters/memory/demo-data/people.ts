/** Name, address and phone pools for the demo data: Spain, Portugal, Brazil, Mexico, UK and US. */

export interface Culture {
  /** Share of generated clients. */
  weight: number;
  language: string;
  country: string;
  femaleNames: readonly string[];
  maleNames: readonly string[];
  lastNames: readonly string[];
  /** Spanish and Portuguese names often carry two surnames. */
  twoSurnames: boolean;
  cities: readonly { city: string; region: string; postalPrefix: string }[];
  streets: readonly string[];
  /** Builds a realistic phone as a person would type it, from 9 random digits. */
  phone: (digits: string) => string;
}

export const CULTURES: readonly Culture[] = [
  {
    weight: 0.4,
    language: 'es',
    country: 'ES',
    femaleNames: ['María', 'Lucía', 'Sofía', 'Martina', 'Paula', 'Julia', 'Valeria', 'Ana', 'Carmen', 'Inés', 'Begoña', 'Nuria', 'Rocío', 'Ángela', 'Irene', 'Marta', 'Elena', 'Pilar', 'Raquel', 'Noemí', 'Lorena', 'Mónica', 'Sonia', 'Almudena', 'Maite'],
    maleNames: ['José', 'Javier', 'Álvaro', 'Sergio', 'Jesús', 'Iñaki', 'Hugo', 'Rubén', 'Adrián', 'Andrés', 'Íñigo', 'Óscar', 'Raúl', 'Ramón', 'Tomás', 'Víctor', 'Manuel', 'David', 'Pablo', 'Carlos'],
    lastNames: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Gutiérrez', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Ramírez', 'Serrano', 'Blanco', 'Suárez', 'Molina', 'Castillo', 'Ortega', 'Delgado', 'Núñez', 'Ibáñez', 'Peña', 'Cortés'],
    twoSurnames: true,
    cities: [
      { city: 'Madrid', region: 'Madrid', postalPrefix: '280' },
      { city: 'Barcelona', region: 'Cataluña', postalPrefix: '080' },
      { city: 'Valencia', region: 'Comunidad Valenciana', postalPrefix: '460' },
      { city: 'Sevilla', region: 'Andalucía', postalPrefix: '410' },
      { city: 'Málaga', region: 'Andalucía', postalPrefix: '290' },
      { city: 'Bilbao', region: 'País Vasco', postalPrefix: '480' },
      { city: 'A Coruña', region: 'Galicia', postalPrefix: '150' },
      { city: 'Zaragoza', region: 'Aragón', postalPrefix: '500' },
    ],
    streets: ['Calle Mayor', 'Calle de Alcalá', 'Avenida de la Constitución', 'Calle Real', 'Paseo de Gràcia', 'Calle del Sol', 'Plaza de España', 'Calle San Martín', 'Gran Vía', 'Calle Núñez de Balboa'],
    phone: (d) => `+34 6${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)}`,
  },
  {
    weight: 0.25,
    language: 'pt-BR',
    country: 'BR',
    femaleNames: ['Ana', 'Beatriz', 'Júlia', 'Letícia', 'Mariana', 'Camila', 'Larissa', 'Fernanda', 'Patrícia', 'Gabriela', 'Luíza', 'Vitória', 'Cecília', 'Helena', 'Lívia', 'Débora', 'Thaís', 'Conceição'],
    maleNames: ['João', 'Antônio', 'Francisco', 'Lucas', 'Gabriel', 'Rafael', 'Matheus', 'Vinícius', 'Luís', 'Sebastião', 'Caio', 'André', 'Márcio', 'Otávio', 'Fábio', 'Rogério'],
    lastNames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Ribeiro', 'Carvalho', 'Araújo', 'Conceição', 'Magalhães', 'Simões', 'Brandão', 'Gonçalves', 'Falcão', 'Assunção', 'Lopes', 'Barbosa'],
    twoSurnames: true,
    cities: [
      { city: 'São Paulo', region: 'SP', postalPrefix: '01' },
      { city: 'Rio de Janeiro', region: 'RJ', postalPrefix: '20' },
      { city: 'Belo Horizonte', region: 'MG', postalPrefix: '30' },
      { city: 'Curitiba', region: 'PR', postalPrefix: '80' },
      { city: 'Florianópolis', region: 'SC', postalPrefix: '88' },
      { city: 'Salvador', region: 'BA', postalPrefix: '40' },
    ],
    streets: ['Rua Augusta', 'Avenida Paulista', 'Rua das Flores', 'Rua São João', 'Avenida Atlântica', 'Rua da Consolação', 'Rua Oscar Freire', 'Avenida Brasil'],
    phone: (d) => `+55 (11) 9${d.slice(0, 4)}-${d.slice(4, 8)}`,
  },
  {
    weight: 0.1,
    language: 'pt',
    country: 'PT',
    femaleNames: ['Inês', 'Leonor', 'Matilde', 'Beatriz', 'Carolina', 'Mariana', 'Joana', 'Margarida', 'Francisca', 'Constança'],
    maleNames: ['João', 'Tomás', 'Duarte', 'Gonçalo', 'Rodrigo', 'Martim', 'Simão', 'Afonso', 'Guilherme', 'Salvador'],
    lastNames: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Martins', 'Gonçalves', 'Sousa', 'Fernandes', 'Lopes', 'Marques', 'Simões', 'Guimarães', 'Brandão'],
    twoSurnames: true,
    cities: [
      { city: 'Lisboa', region: 'Lisboa', postalPrefix: '1' },
      { city: 'Porto', region: 'Porto', postalPrefix: '4' },
      { city: 'Braga', region: 'Braga', postalPrefix: '47' },
      { city: 'Coimbra', region: 'Coimbra', postalPrefix: '30' },
    ],
    streets: ['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Rua Garrett', 'Praça do Comércio'],
    phone: (d) => `+351 9${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 8)}`,
  },
  {
    weight: 0.1,
    language: 'es',
    country: 'MX',
    femaleNames: ['Guadalupe', 'Ximena', 'Renata', 'Regina', 'Fernanda', 'Daniela', 'Itzel', 'Citlali', 'Mariana', 'Andrea'],
    maleNames: ['José', 'Juan', 'Luis', 'Miguel Ángel', 'Emiliano', 'Santiago', 'Diego', 'Jesús', 'Iván', 'Joaquín'],
    lastNames: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez', 'Morales', 'Vázquez', 'Jiménez', 'Reyes', 'Muñoz'],
    twoSurnames: true,
    cities: [
      { city: 'Ciudad de México', region: 'CDMX', postalPrefix: '06' },
      { city: 'Guadalajara', region: 'Jalisco', postalPrefix: '44' },
      { city: 'Monterrey', region: 'Nuevo León', postalPrefix: '64' },
    ],
    streets: ['Avenida Reforma', 'Calle Madero', 'Avenida Insurgentes', 'Calle Hidalgo', 'Avenida Juárez'],
    phone: (d) => `+52 55 ${d.slice(0, 4)} ${d.slice(4, 8)}`,
  },
  {
    weight: 0.15,
    language: 'en',
    country: 'GB',
    femaleNames: ['Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Sophie', 'Grace', 'Chloé', 'Zoë', 'Renée', 'Hannah', 'Charlotte'],
    maleNames: ['Oliver', 'George', 'Harry', 'Noah', 'Jack', 'Leo', 'Arthur', 'Oscar', 'Thomas', 'James', 'René', 'William'],
    lastNames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', "O'Brien", 'Walker', 'White', 'Brontë', 'Hughes'],
    twoSurnames: false,
    cities: [
      { city: 'London', region: 'Greater London', postalPrefix: 'SW1' },
      { city: 'Manchester', region: 'Greater Manchester', postalPrefix: 'M1' },
      { city: 'Bristol', region: 'Bristol', postalPrefix: 'BS1' },
      { city: 'Edinburgh', region: 'Scotland', postalPrefix: 'EH1' },
    ],
    streets: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Avenue', 'Mill Lane'],
    phone: (d) => `+44 7${d.slice(0, 3)} ${d.slice(3, 9)}`,
  },
];

export const EMAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es', 'icloud.com', 'uol.com.br', 'sapo.pt', 'protonmail.com', 'example.com'];
